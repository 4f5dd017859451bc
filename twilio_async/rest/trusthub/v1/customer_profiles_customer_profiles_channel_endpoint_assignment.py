# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfileChannelEndpointAssignment resources (``customer_profiles.customer_profiles_channel_endpoint_assignment``)."""

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
    from .types.customer_profiles_customer_profiles_channel_endpoint_assignment import (
        CustomerProfileChannelEndpointAssignment,
    )

_TYPES = Models(
    __package__, ".types.customer_profiles_customer_profiles_channel_endpoint_assignment"
)
_MODEL = _TYPES("CustomerProfileChannelEndpointAssignment")
_LIST_PATH = "/v1/CustomerProfiles/{0}/ChannelEndpointAssignments"
_INSTANCE_PATH = "/v1/CustomerProfiles/{0}/ChannelEndpointAssignments/{1}"
_CREATE: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    "customer_profiles_channel_endpoint_assignment.create",
    "POST",
    _LIST_PATH,
    body="form",
    model=_MODEL,
).with_params(
    P("channel_endpoint_type", "ChannelEndpointType", FORM, "string", required=True),
    P("channel_endpoint_sid", "ChannelEndpointSid", FORM, "string", required=True),
)
_LIST: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    "customer_profiles_channel_endpoint_assignment.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
).with_params(
    P("channel_endpoint_sid", "ChannelEndpointSid", QUERY, "string"),
    P("channel_endpoint_sids", "ChannelEndpointSids", QUERY, "string"),
)
_FETCH: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    "customer_profiles_channel_endpoint_assignment.fetch",
    "GET",
    _INSTANCE_PATH,
    body="none",
    model=_MODEL,
)
_DELETE: Operation[None] = Operation(
    "customer_profiles_channel_endpoint_assignment.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CustomerProfileChannelEndpointAssignmentCreateArgs(Args):
    channel_endpoint_type: str
    channel_endpoint_sid: str


class CustomerProfileChannelEndpointAssignmentFilters(Args):
    channel_endpoint_sid: str | NotGiven = NOT_GIVEN
    channel_endpoint_sids: str | NotGiven = NOT_GIVEN


class CustomerProfileChannelEndpointAssignmentListArgs(
    CustomerProfileChannelEndpointAssignmentFilters, ListArgs
): ...


class CustomerProfileChannelEndpointAssignmentPageArgs(
    CustomerProfileChannelEndpointAssignmentFilters, PageArgs
): ...


class CustomerProfileChannelEndpointAssignmentContext(InstanceContext):
    """One CustomerProfileChannelEndpointAssignment: ``/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CustomerProfileChannelEndpointAssignment: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this CustomerProfileChannelEndpointAssignment: ``DELETE /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}``; returns True."""


class CustomerProfileChannelEndpointAssignmentList(
    KeyedList[CustomerProfileChannelEndpointAssignmentContext]
):
    """CustomerProfileChannelEndpointAssignment collection: ``/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CustomerProfileChannelEndpointAssignmentCreateArgs)
    """Create a CustomerProfileChannelEndpointAssignment: ``POST /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments``."""
    list = _LIST.list_method(CustomerProfileChannelEndpointAssignmentListArgs)
    """List CustomerProfileChannelEndpointAssignment resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CustomerProfileChannelEndpointAssignmentListArgs)
    """Stream CustomerProfileChannelEndpointAssignment resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments``; one page in memory at a time."""
    page = _LIST.page_method(CustomerProfileChannelEndpointAssignmentPageArgs)
    """One page of CustomerProfileChannelEndpointAssignment resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments``; ``next_page()`` moves on."""
