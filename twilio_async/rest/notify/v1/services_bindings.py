# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Binding resources (``services.bindings``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .enums import BindingBindingType
    from .types.services_bindings import Binding

_TYPES = Models(__package__, ".types.services_bindings")
_MODEL = _TYPES("Binding")
_LIST_PATH = "/v1/Services/{0}/Bindings"
_INSTANCE_PATH = "/v1/Services/{0}/Bindings/{1}"
_CREATE: Operation[Binding] = Operation(
    "bindings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("binding_type", "BindingType", FORM, "string", required=True),
    P("address", "Address", FORM, "string", required=True),
    P("tag", "Tag", FORM, "string", many=True),
    P("notification_protocol_version", "NotificationProtocolVersion", FORM, "string"),
    P("credential_sid", "CredentialSid", FORM, "string"),
    P("endpoint", "Endpoint", FORM, "string"),
)
_LIST: Operation[Binding] = Operation(
    "bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("identity", "Identity", QUERY, "string", many=True),
    P("tag", "Tag", QUERY, "string", many=True),
)
_FETCH: Operation[Binding] = Operation(
    "bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class BindingCreateArgs(Args):
    identity: str
    binding_type: BindingBindingType | str
    address: str
    tag: Sequence[str] | NotGiven = NOT_GIVEN
    notification_protocol_version: str | NotGiven = NOT_GIVEN
    credential_sid: str | NotGiven = NOT_GIVEN
    endpoint: str | NotGiven = NOT_GIVEN


class BindingFilters(Args):
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN
    tag: Sequence[str] | NotGiven = NOT_GIVEN


class BindingListArgs(BindingFilters, ListArgs): ...


class BindingPageArgs(BindingFilters, PageArgs): ...


class BindingContext(InstanceContext):
    """One Binding: ``/v1/Services/{ServiceSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Binding: ``GET /v1/Services/{ServiceSid}/Bindings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Binding: ``DELETE /v1/Services/{ServiceSid}/Bindings/{Sid}``; returns True."""


class BindingList(KeyedList[BindingContext]):
    """Binding collection: ``/v1/Services/{ServiceSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BindingCreateArgs)
    """Create a Binding: ``POST /v1/Services/{ServiceSid}/Bindings``."""
    list = _LIST.list_method(BindingListArgs)
    """List Binding resources: ``GET /v1/Services/{ServiceSid}/Bindings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(BindingListArgs)
    """Stream Binding resources: ``GET /v1/Services/{ServiceSid}/Bindings``; one page in memory at a time."""
    page = _LIST.page_method(BindingPageArgs)
    """One page of Binding resources: ``GET /v1/Services/{ServiceSid}/Bindings``; ``next_page()`` moves on."""
