# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Organizations resources (``organizations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .organizations_accounts import PublicApiAccountResponseList
    from .organizations_role_assignments import PublicApiRoleAssignmentResponseList
    from .organizations_users import ScimUserList


class OrganizationsContext(InstanceContext):
    """One Organizations: ``/Organizations/{OrganizationSid}``."""

    __slots__ = ()
    accounts: Child[PublicApiAccountResponseList] = Child(
        ".organizations_accounts", "PublicApiAccountResponseList"
    )
    role_assignments: Child[PublicApiRoleAssignmentResponseList] = Child(
        ".organizations_role_assignments", "PublicApiRoleAssignmentResponseList"
    )
    users: Child[ScimUserList] = Child(".organizations_users", "ScimUserList")


class OrganizationsList(KeyedList[OrganizationsContext]):
    """Organizations collection."""

    __slots__ = ()
    _key = ("OrganizationSid", "organization_sid", None)
