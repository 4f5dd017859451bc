# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""EngagementContext models (``flows.engagements.engagement_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..flows_engagements_engagement_context import EngagementContextContext


class EngagementContext(InstanceModel["EngagementContextContext"]):
    """A EngagementContext as returned by the API."""

    account_sid: str | None = None
    context: Any | None = None
    engagement_sid: str | None = None
    flow_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EngagementContextContext.fetch
    else:
        fetch = FromContext()
