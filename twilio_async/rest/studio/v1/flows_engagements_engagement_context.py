# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""EngagementContext resources (``flows.engagements.engagement_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.flows_engagements_engagement_context import EngagementContext

_TYPES = Models(__package__, ".types.flows_engagements_engagement_context")
_MODEL = _TYPES("EngagementContext")
_INSTANCE_PATH = "/v1/Flows/{0}/Engagements/{1}/Context"
_FETCH: Operation[EngagementContext] = Operation(
    "engagement_context.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EngagementContextContext(InstanceContext):
    """One EngagementContext: ``/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Context``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this EngagementContext: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EngagementContext

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this EngagementContext: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EngagementContext

    Twilio docs: https://www.twilio.com/docs/studio
    """


class EngagementContextList(SingletonList[EngagementContextContext]):
    """EngagementContext collection."""

    __slots__ = ()
