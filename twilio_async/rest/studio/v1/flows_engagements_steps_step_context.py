# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""StepContext resources (``flows.engagements.steps.step_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.flows_engagements_steps_step_context import StepContext

_TYPES = Models(__package__, ".types.flows_engagements_steps_step_context")
_MODEL = _TYPES("StepContext")
_INSTANCE_PATH = "/v1/Flows/{0}/Engagements/{1}/Steps/{2}/Context"
_FETCH: Operation[StepContext] = Operation(
    "step_context.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class StepContextContext(InstanceContext):
    """One StepContext: ``/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{StepSid}/Context``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this StepContext: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{StepSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        StepContext

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this StepContext: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{StepSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        StepContext

    Twilio docs: https://www.twilio.com/docs/studio
    """


class StepContextList(SingletonList[StepContextContext]):
    """StepContext collection."""

    __slots__ = ()
