# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfilesEntityAssignments resources (``customer_profiles.customer_profiles_entity_assignments``)."""

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
    from .types.customer_profiles_customer_profiles_entity_assignments import (
        CustomerProfilesEntityAssignments,
    )

_TYPES = Models(__package__, ".types.customer_profiles_customer_profiles_entity_assignments")
_MODEL = _TYPES("CustomerProfilesEntityAssignments")
_LIST_PATH = "/v1/CustomerProfiles/{0}/EntityAssignments"
_INSTANCE_PATH = "/v1/CustomerProfiles/{0}/EntityAssignments/{1}"
_CREATE: Operation[CustomerProfilesEntityAssignments] = Operation(
    "customer_profiles_entity_assignments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("object_sid", "ObjectSid", FORM, "string", required=True))
_LIST: Operation[CustomerProfilesEntityAssignments] = Operation(
    "customer_profiles_entity_assignments.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
).with_params(P("object_type", "ObjectType", QUERY, "string"))
_FETCH: Operation[CustomerProfilesEntityAssignments] = Operation(
    "customer_profiles_entity_assignments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "customer_profiles_entity_assignments.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CustomerProfilesEntityAssignmentsCreateArgs(Args):
    object_sid: str


class CustomerProfilesEntityAssignmentsFilters(Args):
    object_type: str | NotGiven = NOT_GIVEN


class CustomerProfilesEntityAssignmentsListArgs(
    CustomerProfilesEntityAssignmentsFilters, ListArgs
): ...


class CustomerProfilesEntityAssignmentsPageArgs(
    CustomerProfilesEntityAssignmentsFilters, PageArgs
): ...


class CustomerProfilesEntityAssignmentsContext(InstanceContext):
    """One CustomerProfilesEntityAssignments: ``/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CustomerProfilesEntityAssignments: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this CustomerProfilesEntityAssignments: ``DELETE /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}``; returns True."""


class CustomerProfilesEntityAssignmentsList(KeyedList[CustomerProfilesEntityAssignmentsContext]):
    """CustomerProfilesEntityAssignments collection: ``/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BV[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CustomerProfilesEntityAssignmentsCreateArgs)
    """Create a CustomerProfilesEntityAssignments: ``POST /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments``."""
    list = _LIST.list_method(CustomerProfilesEntityAssignmentsListArgs)
    """List CustomerProfilesEntityAssignments resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CustomerProfilesEntityAssignmentsListArgs)
    """Stream CustomerProfilesEntityAssignments resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments``; one page in memory at a time."""
    page = _LIST.page_method(CustomerProfilesEntityAssignmentsPageArgs)
    """One page of CustomerProfilesEntityAssignments resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments``; ``next_page()`` moves on."""
