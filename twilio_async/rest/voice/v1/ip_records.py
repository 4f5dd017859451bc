# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""IpRecord resources (``ip_records``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.ip_records import IpRecord

_TYPES = Models(__package__, ".types.ip_records")
_MODEL = _TYPES("IpRecord")
_LIST_PATH = "/v1/IpRecords"
_INSTANCE_PATH = "/v1/IpRecords/{0}"
_CREATE: Operation[IpRecord] = Operation(
    "ip_records.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_address", "IpAddress", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("cidr_prefix_length", "CidrPrefixLength", FORM, "integer"),
)
_LIST: Operation[IpRecord] = Operation(
    "ip_records.list", "GET", _LIST_PATH, body="none", list_key="ip_records", model=_MODEL
)
_FETCH: Operation[IpRecord] = Operation(
    "ip_records.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[IpRecord] = Operation(
    "ip_records.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("ip_records.delete", "DELETE", _INSTANCE_PATH, body="none")


class IpRecordCreateArgs(Args):
    ip_address: str
    friendly_name: str | NotGiven = NOT_GIVEN
    cidr_prefix_length: int | NotGiven = NOT_GIVEN


class IpRecordUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class IpRecordContext(InstanceContext):
    """One IpRecord: ``/v1/IpRecords/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this IpRecord: ``GET /v1/IpRecords/{Sid}``."""
    update = _UPDATE.call_method(IpRecordUpdateArgs)
    """Update this IpRecord: ``POST /v1/IpRecords/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this IpRecord: ``DELETE /v1/IpRecords/{Sid}``; returns True."""


class IpRecordList(KeyedList[IpRecordContext]):
    """IpRecord collection: ``/v1/IpRecords``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(IpRecordCreateArgs)
    """Create a IpRecord: ``POST /v1/IpRecords``."""
    list = _LIST.list_method(ListArgs)
    """List IpRecord resources: ``GET /v1/IpRecords``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream IpRecord resources: ``GET /v1/IpRecords``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of IpRecord resources: ``GET /v1/IpRecords``; ``next_page()`` moves on."""
