# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""ExecutionStepContext resources (``flows.executions.steps.step_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.flows_executions_steps_step_context import ExecutionStepContext

_TYPES = Models(__package__, ".types.flows_executions_steps_step_context")
_MODEL = _TYPES("ExecutionStepContext")
_INSTANCE_PATH = "/v1/Flows/{0}/Executions/{1}/Steps/{2}/Context"
_FETCH: Operation[ExecutionStepContext] = Operation(
    "step_context.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ExecutionStepContextContext(InstanceContext):
    """One ExecutionStepContext: ``/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ExecutionStepContext: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionStepContext

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this ExecutionStepContext: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionStepContext

    Twilio docs: https://www.twilio.com/docs/studio
    """


class ExecutionStepContextList(SingletonList[ExecutionStepContextContext]):
    """ExecutionStepContext collection."""

    __slots__ = ()
