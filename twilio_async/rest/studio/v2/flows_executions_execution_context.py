# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""ExecutionContext resources (``flows.executions.execution_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.flows_executions_execution_context import ExecutionContext

_TYPES = Models(__package__, ".types.flows_executions_execution_context")
_MODEL = _TYPES("ExecutionContext")
_INSTANCE_PATH = "/v2/Flows/{0}/Executions/{1}/Context"
_FETCH: Operation[ExecutionContext] = Operation(
    "execution_context.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ExecutionContextContext(InstanceContext):
    """One ExecutionContext: ``/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ExecutionContext: ``GET /v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionContext

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this ExecutionContext: ``GET /v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionContext

    Twilio docs: https://www.twilio.com/docs/studio
    """


class ExecutionContextList(SingletonList[ExecutionContextContext]):
    """ExecutionContext collection."""

    __slots__ = ()
