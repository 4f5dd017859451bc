# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""SourceIpMapping resources (``source_ip_mappings``)."""

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

if TYPE_CHECKING:
    from .types.source_ip_mappings import SourceIpMapping

_TYPES = Models(__package__, ".types.source_ip_mappings")
_MODEL = _TYPES("SourceIpMapping")
_LIST_PATH = "/v1/SourceIpMappings"
_INSTANCE_PATH = "/v1/SourceIpMappings/{0}"
_CREATE: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_record_sid", "IpRecordSid", FORM, "string", required=True),
    P("sip_domain_sid", "SipDomainSid", FORM, "string", required=True),
)
_LIST: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="source_ip_mappings",
    model=_MODEL,
)
_FETCH: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SourceIpMapping] = Operation(
    "source_ip_mappings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("sip_domain_sid", "SipDomainSid", FORM, "string", required=True))
_DELETE: Operation[None] = Operation(
    "source_ip_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SourceIpMappingCreateArgs(Args):
    ip_record_sid: str
    sip_domain_sid: str


class SourceIpMappingUpdateArgs(Args):
    sip_domain_sid: str


class SourceIpMappingContext(InstanceContext):
    """One SourceIpMapping: ``/v1/SourceIpMappings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SourceIpMapping: ``GET /v1/SourceIpMappings/{Sid}``."""
    update = _UPDATE.call_method(SourceIpMappingUpdateArgs)
    """Update this SourceIpMapping: ``POST /v1/SourceIpMappings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SourceIpMapping: ``DELETE /v1/SourceIpMappings/{Sid}``; returns True."""


class SourceIpMappingList(KeyedList[SourceIpMappingContext]):
    """SourceIpMapping collection: ``/v1/SourceIpMappings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IB[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SourceIpMappingCreateArgs)
    """Create a SourceIpMapping: ``POST /v1/SourceIpMappings``."""
    list = _LIST.list_method(ListArgs)
    """List SourceIpMapping resources: ``GET /v1/SourceIpMappings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SourceIpMapping resources: ``GET /v1/SourceIpMappings``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SourceIpMapping resources: ``GET /v1/SourceIpMappings``; ``next_page()`` moves on."""
