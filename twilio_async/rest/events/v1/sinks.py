# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Sink resources (``sinks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import SinkSinkType
    from .sinks_sink_test import SinkTestList
    from .sinks_sink_validate import SinkValidateList
    from .types.sinks import Sink

_TYPES = Models(__package__, ".types.sinks")
_MODEL = _TYPES("Sink")
_LIST_PATH = "/v1/Sinks"
_INSTANCE_PATH = "/v1/Sinks/{0}"
_CREATE: Operation[Sink] = Operation(
    "sinks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("description", "Description", FORM, "string", required=True),
    P("sink_configuration", "SinkConfiguration", FORM, "object", required=True),
    P("sink_type", "SinkType", FORM, "string", required=True),
)
_LIST: Operation[Sink] = Operation(
    "sinks.list", "GET", _LIST_PATH, body="none", list_key="sinks", model=_MODEL
).with_params(P("in_use", "InUse", QUERY, "boolean"), P("status", "Status", QUERY, "string"))
_FETCH: Operation[Sink] = Operation("sinks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Sink] = Operation(
    "sinks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("sinks.delete", "DELETE", _INSTANCE_PATH, body="none")


class SinkCreateArgs(Args):
    description: str
    sink_configuration: Any
    sink_type: SinkSinkType | str


class SinkFilters(Args):
    in_use: bool | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN


class SinkListArgs(SinkFilters, ListArgs): ...


class SinkPageArgs(SinkFilters, PageArgs): ...


class SinkUpdateArgs(Args):
    description: str


class SinkContext(InstanceContext):
    """One Sink: ``/v1/Sinks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Sink: ``GET /v1/Sinks/{Sid}``."""
    update = _UPDATE.call_method(SinkUpdateArgs)
    """Update this Sink: ``POST /v1/Sinks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Sink: ``DELETE /v1/Sinks/{Sid}``; returns True."""
    sink_test: Child[SinkTestList] = Child(".sinks_sink_test", "SinkTestList")
    sink_validate: Child[SinkValidateList] = Child(".sinks_sink_validate", "SinkValidateList")


class SinkList(KeyedList[SinkContext]):
    """Sink collection: ``/v1/Sinks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DG[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SinkCreateArgs)
    """Create a Sink: ``POST /v1/Sinks``."""
    list = _LIST.list_method(SinkListArgs)
    """List Sink resources: ``GET /v1/Sinks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SinkListArgs)
    """Stream Sink resources: ``GET /v1/Sinks``; one page in memory at a time."""
    page = _LIST.page_method(SinkPageArgs)
    """One page of Sink resources: ``GET /v1/Sinks``; ``next_page()`` moves on."""
