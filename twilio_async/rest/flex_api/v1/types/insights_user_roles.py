# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsUserRoles models (``insights_user_roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..insights_user_roles import InsightsUserRolesContext


class InsightsUserRoles(InstanceModel["InsightsUserRolesContext"]):
    """A InsightsUserRoles as returned by the API."""

    roles: list[str] | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InsightsUserRolesContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..insights_user_roles import InsightsUserRolesContext  # noqa: F401
    else:
        fetch = FromContext()
