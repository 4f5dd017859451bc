# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""StepContext models (``flows.engagements.steps.step_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..flows_engagements_steps_step_context import StepContextContext


class StepContext(InstanceModel["StepContextContext"]):
    """A StepContext as returned by the API."""

    account_sid: str | None = None
    context: Any | None = None
    engagement_sid: str | None = None
    flow_sid: str | None = None
    step_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = StepContextContext.fetch
    else:
        fetch = FromContext()
