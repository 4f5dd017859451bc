# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsUserRoles models (``insights_user_roles``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._models import InstanceModel

from ..insights_user_roles import InsightsUserRolesContext


class InsightsUserRoles(InstanceModel[InsightsUserRolesContext]):
    """A InsightsUserRoles as returned by the API."""

    roles: list[str] | None = None
    url: str | None = None

    fetch: ClassVar = InsightsUserRolesContext.fetch
