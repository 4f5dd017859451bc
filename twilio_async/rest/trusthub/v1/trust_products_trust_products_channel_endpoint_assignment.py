# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductChannelEndpointAssignment resources (``trust_products.trust_products_channel_endpoint_assignment``)."""

from __future__ import annotations

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
    from .types.trust_products_trust_products_channel_endpoint_assignment import (
        TrustProductChannelEndpointAssignment,
    )

_TYPES = Models(__package__, ".types.trust_products_trust_products_channel_endpoint_assignment")
_MODEL = _TYPES("TrustProductChannelEndpointAssignment")
_LIST_PATH = "/v1/TrustProducts/{0}/ChannelEndpointAssignments"
_INSTANCE_PATH = "/v1/TrustProducts/{0}/ChannelEndpointAssignments/{1}"
_CREATE: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.create",
    "POST",
    _LIST_PATH,
    body="form",
    model=_MODEL,
).with_params(
    P("channel_endpoint_type", "ChannelEndpointType", FORM, "string", required=True),
    P("channel_endpoint_sid", "ChannelEndpointSid", FORM, "string", required=True),
)
_LIST: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
).with_params(
    P("channel_endpoint_sid", "ChannelEndpointSid", QUERY, "string"),
    P("channel_endpoint_sids", "ChannelEndpointSids", QUERY, "string"),
)
_FETCH: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.fetch",
    "GET",
    _INSTANCE_PATH,
    body="none",
    model=_MODEL,
)
_DELETE: Operation[None] = Operation(
    "trust_products_channel_endpoint_assignment.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class TrustProductChannelEndpointAssignmentCreateArgs(Args):
    channel_endpoint_type: str
    channel_endpoint_sid: str


class TrustProductChannelEndpointAssignmentFilters(Args):
    channel_endpoint_sid: str | NotGiven = NOT_GIVEN
    channel_endpoint_sids: str | NotGiven = NOT_GIVEN


class TrustProductChannelEndpointAssignmentListArgs(
    TrustProductChannelEndpointAssignmentFilters, ListArgs
): ...


class TrustProductChannelEndpointAssignmentPageArgs(
    TrustProductChannelEndpointAssignmentFilters, PageArgs
): ...


class TrustProductChannelEndpointAssignmentContext(InstanceContext):
    """One TrustProductChannelEndpointAssignment: ``/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TrustProductChannelEndpointAssignment: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this TrustProductChannelEndpointAssignment: ``DELETE /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``; returns True."""


class TrustProductChannelEndpointAssignmentList(
    KeyedList[TrustProductChannelEndpointAssignmentContext]
):
    """TrustProductChannelEndpointAssignment collection: ``/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TrustProductChannelEndpointAssignmentCreateArgs)
    """Create a TrustProductChannelEndpointAssignment: ``POST /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``."""
    list = _LIST.list_method(TrustProductChannelEndpointAssignmentListArgs)
    """List TrustProductChannelEndpointAssignment resources: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TrustProductChannelEndpointAssignmentListArgs)
    """Stream TrustProductChannelEndpointAssignment resources: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``; one page in memory at a time."""
    page = _LIST.page_method(TrustProductChannelEndpointAssignmentPageArgs)
    """One page of TrustProductChannelEndpointAssignment resources: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``; ``next_page()`` moves on."""
