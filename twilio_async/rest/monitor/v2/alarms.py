# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""AlarmBody resources (``alarms``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
    Args,
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
    from .enums import QueryType, TimeWindow
    from .types.alarms import AlarmBody, SidRepsonse

_TYPES = Models(__package__, ".types.alarms")
_MODEL = _TYPES("AlarmBody")
_SID_REPSONSE = _TYPES("SidRepsonse")
_LIST_PATH = "/v2/Alarms"
_INSTANCE_PATH = "/v2/Alarms/{0}"
_CREATE: Operation[SidRepsonse] = Operation(
    "alarms.create", "POST", _LIST_PATH, body="json", model=_SID_REPSONSE
).with_params(
    P("friendly_name", "friendlyName", JSON, "object", required=True),
    P("query_type", "queryType", JSON, "string", required=True),
    P("query", "query", JSON, "string"),
    P("trigger_value", "triggerValue", JSON, "integer", required=True),
    P("time_window", "timeWindow", JSON, "string", required=True),
    P("email", "email", JSON, "string", many=True),
    P("webhook", "webhook", JSON, "string"),
    P("console_indicator", "consoleIndicator", JSON, "boolean"),
    P("description", "description", JSON, "string", required=True),
    P("enabled", "enabled", JSON, "boolean", required=True),
)
_LIST: Operation[AlarmBody] = Operation(
    "alarms.list", "GET", _LIST_PATH, body="none", list_key="alarms", model=_MODEL
).with_params(P("sort_order", "SortOrder", QUERY, "string"))
_FETCH: Operation[AlarmBody] = Operation(
    "alarms.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SidRepsonse] = Operation(
    "alarms.update", "PUT", _INSTANCE_PATH, body="json", model=_SID_REPSONSE
).with_params(
    P("friendly_name", "friendlyName", JSON, "object", required=True),
    P("query_type", "queryType", JSON, "string", required=True),
    P("query", "query", JSON, "string"),
    P("trigger_value", "triggerValue", JSON, "integer", required=True),
    P("time_window", "timeWindow", JSON, "string", required=True),
    P("email", "email", JSON, "string", many=True),
    P("webhook", "webhook", JSON, "string"),
    P("console_indicator", "consoleIndicator", JSON, "boolean"),
    P("description", "description", JSON, "string", required=True),
    P("enabled", "enabled", JSON, "boolean", required=True),
)
_DELETE: Operation[None] = Operation("alarms.delete", "DELETE", _INSTANCE_PATH, body="none")


class AlarmBodyCreateArgs(Args):
    friendly_name: Any
    query_type: QueryType | str
    query: str | NotGiven = NOT_GIVEN
    trigger_value: int
    time_window: TimeWindow | str
    email: Sequence[str] | NotGiven = NOT_GIVEN
    webhook: str | NotGiven = NOT_GIVEN
    console_indicator: bool | NotGiven = NOT_GIVEN
    description: str
    enabled: bool


class AlarmBodyFilters(Args):
    sort_order: str | NotGiven = NOT_GIVEN


class AlarmBodyListArgs(AlarmBodyFilters, ListArgs): ...


class AlarmBodyPageArgs(AlarmBodyFilters, PageArgs): ...


class AlarmBodyUpdateArgs(Args):
    friendly_name: Any
    query_type: QueryType | str
    query: str | NotGiven = NOT_GIVEN
    trigger_value: int
    time_window: TimeWindow | str
    email: Sequence[str] | NotGiven = NOT_GIVEN
    webhook: str | NotGiven = NOT_GIVEN
    console_indicator: bool | NotGiven = NOT_GIVEN
    description: str
    enabled: bool


class AlarmBodyContext(InstanceContext):
    """One AlarmBody: ``/v2/Alarms/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AlarmBody: ``GET /v2/Alarms/{Sid}``."""
    update = _UPDATE.call_method(AlarmBodyUpdateArgs)
    """Update this AlarmBody: ``PUT /v2/Alarms/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this AlarmBody: ``DELETE /v2/Alarms/{Sid}``; returns True."""


class AlarmBodyList(KeyedList[AlarmBodyContext]):
    """AlarmBody collection: ``/v2/Alarms``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(AlarmBodyCreateArgs)
    """Create a AlarmBody: ``POST /v2/Alarms``."""
    list = _LIST.list_method(AlarmBodyListArgs)
    """List AlarmBody resources: ``GET /v2/Alarms``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(AlarmBodyListArgs)
    """Stream AlarmBody resources: ``GET /v2/Alarms``; one page in memory at a time."""
    page = _LIST.page_method(AlarmBodyPageArgs)
    """One page of AlarmBody resources: ``GET /v2/Alarms``; ``next_page()`` moves on."""
