# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""PublicApiRoleAssignmentResponse resources (``organizations.role_assignments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .types.organizations_role_assignments import PublicApiRoleAssignmentResponse

_TYPES = Models(__package__, ".types.organizations_role_assignments")
_MODEL = _TYPES("PublicApiRoleAssignmentResponse")
_LIST_PATH = "/Organizations/{0}/RoleAssignments"
_INSTANCE_PATH = "/Organizations/{0}/RoleAssignments/{1}"
_CREATE: Operation[PublicApiRoleAssignmentResponse] = Operation(
    "role_assignments.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("role_sid", "role_sid", JSON, "string", required=True),
    P("scope", "scope", JSON, "string", required=True),
    P("identity", "identity", JSON, "string", required=True),
)
_LIST: Operation[PublicApiRoleAssignmentResponse] = Operation(
    "role_assignments.list", "GET", _LIST_PATH, body="none", list_key="content", model=_MODEL
).with_params(P("identity", "Identity", QUERY, "string"), P("scope", "Scope", QUERY, "string"))
_DELETE: Operation[None] = Operation(
    "role_assignments.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class PublicApiRoleAssignmentResponseCreateArgs(Args):
    role_sid: str
    scope: str
    identity: str


class PublicApiRoleAssignmentResponseFilters(Args):
    identity: str | NotGiven = NOT_GIVEN
    scope: str | NotGiven = NOT_GIVEN


class PublicApiRoleAssignmentResponseListArgs(PublicApiRoleAssignmentResponseFilters, ListArgs): ...


class PublicApiRoleAssignmentResponsePageArgs(PublicApiRoleAssignmentResponseFilters, PageArgs): ...


class PublicApiRoleAssignmentResponseContext(InstanceContext):
    """One PublicApiRoleAssignmentResponse: ``/Organizations/{OrganizationSid}/RoleAssignments/{RoleAssignmentSid}``."""

    __slots__ = ()
    delete = _DELETE.delete_method(Args)
    """Delete this PublicApiRoleAssignmentResponse: ``DELETE /Organizations/{OrganizationSid}/RoleAssignments/{RoleAssignmentSid}``; returns True."""


class PublicApiRoleAssignmentResponseList(KeyedList[PublicApiRoleAssignmentResponseContext]):
    """PublicApiRoleAssignmentResponse collection: ``/Organizations/{OrganizationSid}/RoleAssignments``."""

    __slots__ = ()
    _key = ("RoleAssignmentSid", "role_assignment_sid", "IY[0-9a-f]{32}")
    create = _CREATE.call_method(PublicApiRoleAssignmentResponseCreateArgs)
    """Create a PublicApiRoleAssignmentResponse: ``POST /Organizations/{OrganizationSid}/RoleAssignments``."""
    list = _LIST.list_method(PublicApiRoleAssignmentResponseListArgs)
    """List PublicApiRoleAssignmentResponse resources: ``GET /Organizations/{OrganizationSid}/RoleAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(PublicApiRoleAssignmentResponseListArgs)
    """Stream PublicApiRoleAssignmentResponse resources: ``GET /Organizations/{OrganizationSid}/RoleAssignments``; one page in memory at a time."""
    page = _LIST.page_method(PublicApiRoleAssignmentResponsePageArgs)
    """One page of PublicApiRoleAssignmentResponse resources: ``GET /Organizations/{OrganizationSid}/RoleAssignments``; ``next_page()`` moves on."""
