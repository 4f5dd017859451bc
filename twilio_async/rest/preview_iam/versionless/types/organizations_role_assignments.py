# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""PublicApiRoleAssignmentResponse models (``organizations.role_assignments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..organizations_role_assignments import PublicApiRoleAssignmentResponseContext


class PublicApiRoleAssignmentResponse(InstanceModel["PublicApiRoleAssignmentResponseContext"]):
    """A PublicApiRoleAssignmentResponse as returned by the API."""

    sid: str | None = None
    role_sid: str | None = None
    scope: str | None = None
    identity: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        delete: ClassVar = PublicApiRoleAssignmentResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..organizations_role_assignments import PublicApiRoleAssignmentResponseContext  # noqa: F401
    else:
        delete = FromContext()
