# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Engagement models (``flows.engagements``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import EngagementStatus

if TYPE_CHECKING:
    from ..flows_engagements import EngagementInstanceContext


class Engagement(InstanceModel["EngagementInstanceContext"]):
    """A Engagement as returned by the API."""

    sid: str
    account_sid: str | None = None
    flow_sid: str | None = None
    contact_sid: str | None = None
    contact_channel_address: str | None = None
    context: Any | None = None
    status: EngagementStatus | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EngagementInstanceContext.fetch
        delete: ClassVar = EngagementInstanceContext.delete
        engagement_context: ClassVar = EngagementInstanceContext.engagement_context
        steps: ClassVar = EngagementInstanceContext.steps

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows_engagements import EngagementInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        engagement_context = FromContext()
        steps = FromContext()
