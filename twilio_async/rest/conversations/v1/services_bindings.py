# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceBinding resources (``services.bindings``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .enums import ServiceBindingBindingType
    from .types.services_bindings import ServiceBinding

_TYPES = Models(__package__, ".types.services_bindings")
_MODEL = _TYPES("ServiceBinding")
_LIST_PATH = "/v1/Services/{0}/Bindings"
_INSTANCE_PATH = "/v1/Services/{0}/Bindings/{1}"
_LIST: Operation[ServiceBinding] = Operation(
    "bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(
    P("binding_type", "BindingType", QUERY, "string", many=True),
    P("identity", "Identity", QUERY, "string", many=True),
)
_FETCH: Operation[ServiceBinding] = Operation(
    "bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceBindingFilters(Args):
    binding_type: Sequence[ServiceBindingBindingType | str] | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class ServiceBindingListArgs(ServiceBindingFilters, ListArgs): ...


class ServiceBindingPageArgs(ServiceBindingFilters, PageArgs): ...


class ServiceBindingContext(InstanceContext):
    """One ServiceBinding: ``/v1/Services/{ChatServiceSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceBinding: ``GET /v1/Services/{ChatServiceSid}/Bindings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ServiceBinding: ``DELETE /v1/Services/{ChatServiceSid}/Bindings/{Sid}``; returns True."""


class ServiceBindingList(KeyedList[ServiceBindingContext]):
    """ServiceBinding collection: ``/v1/Services/{ChatServiceSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ServiceBindingListArgs)
    """List ServiceBinding resources: ``GET /v1/Services/{ChatServiceSid}/Bindings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ServiceBindingListArgs)
    """Stream ServiceBinding resources: ``GET /v1/Services/{ChatServiceSid}/Bindings``; one page in memory at a time."""
    page = _LIST.page_method(ServiceBindingPageArgs)
    """One page of ServiceBinding resources: ``GET /v1/Services/{ChatServiceSid}/Bindings``; ``next_page()`` moves on."""
