# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Organizations models (``organizations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..organizations import OrganizationsContext


class Organizations(InstanceModel["OrganizationsContext"]):
    """A Organizations as returned by the API."""

    pass

    _key_field = "organization_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        accounts: ClassVar = OrganizationsContext.accounts
        role_assignments: ClassVar = OrganizationsContext.role_assignments
        users: ClassVar = OrganizationsContext.users

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..organizations import OrganizationsContext  # noqa: F401
    else:
        accounts = FromContext()
        role_assignments = FromContext()
        users = FromContext()
