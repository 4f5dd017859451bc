# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfiles resources (``customer_profiles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .customer_profiles_customer_profiles_channel_endpoint_assignment import (
        CustomerProfileChannelEndpointAssignmentList,
    )
    from .customer_profiles_customer_profiles_entity_assignments import (
        CustomerProfilesEntityAssignmentsList,
    )
    from .customer_profiles_customer_profiles_evaluations import CustomerProfilesEvaluationsList
    from .enums import CustomerProfileStatus
    from .types.customer_profiles import CustomerProfiles

_TYPES = Models(__package__, ".types.customer_profiles")
_MODEL = _TYPES("CustomerProfiles")
_LIST_PATH = "/v1/CustomerProfiles"
_INSTANCE_PATH = "/v1/CustomerProfiles/{0}"
_CREATE: Operation[CustomerProfiles] = Operation(
    "customer_profiles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("policy_sid", "PolicySid", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
)
_LIST: Operation[CustomerProfiles] = Operation(
    "customer_profiles.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("policy_sid", "PolicySid", QUERY, "string"),
)
_FETCH: Operation[CustomerProfiles] = Operation(
    "customer_profiles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CustomerProfiles] = Operation(
    "customer_profiles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("email", "Email", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "customer_profiles.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CustomerProfilesCreateArgs(Args):
    friendly_name: str
    email: str
    policy_sid: str
    status_callback: str | NotGiven = NOT_GIVEN


class CustomerProfilesFilters(Args):
    status: CustomerProfileStatus | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    policy_sid: str | NotGiven = NOT_GIVEN


class CustomerProfilesListArgs(CustomerProfilesFilters, ListArgs): ...


class CustomerProfilesPageArgs(CustomerProfilesFilters, PageArgs): ...


class CustomerProfilesUpdateArgs(Args):
    status: CustomerProfileStatus | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN


class CustomerProfilesContext(InstanceContext):
    """One CustomerProfiles: ``/v1/CustomerProfiles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CustomerProfiles: ``GET /v1/CustomerProfiles/{Sid}``."""
    update = _UPDATE.call_method(CustomerProfilesUpdateArgs)
    """Update this CustomerProfiles: ``POST /v1/CustomerProfiles/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this CustomerProfiles: ``DELETE /v1/CustomerProfiles/{Sid}``; returns True."""
    customer_profiles_channel_endpoint_assignment: Child[
        CustomerProfileChannelEndpointAssignmentList
    ] = Child(
        ".customer_profiles_customer_profiles_channel_endpoint_assignment",
        "CustomerProfileChannelEndpointAssignmentList",
    )
    customer_profiles_entity_assignments: Child[CustomerProfilesEntityAssignmentsList] = Child(
        ".customer_profiles_customer_profiles_entity_assignments",
        "CustomerProfilesEntityAssignmentsList",
    )
    customer_profiles_evaluations: Child[CustomerProfilesEvaluationsList] = Child(
        ".customer_profiles_customer_profiles_evaluations", "CustomerProfilesEvaluationsList"
    )


class CustomerProfilesList(KeyedList[CustomerProfilesContext]):
    """CustomerProfiles collection: ``/v1/CustomerProfiles``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CustomerProfilesCreateArgs)
    """Create a CustomerProfiles: ``POST /v1/CustomerProfiles``."""
    list = _LIST.list_method(CustomerProfilesListArgs)
    """List CustomerProfiles resources: ``GET /v1/CustomerProfiles``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CustomerProfilesListArgs)
    """Stream CustomerProfiles resources: ``GET /v1/CustomerProfiles``; one page in memory at a time."""
    page = _LIST.page_method(CustomerProfilesPageArgs)
    """One page of CustomerProfiles resources: ``GET /v1/CustomerProfiles``; ``next_page()`` moves on."""
