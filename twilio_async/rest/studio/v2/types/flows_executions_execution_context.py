# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""ExecutionContext models (``flows.executions.execution_context``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..flows_executions_execution_context import ExecutionContextContext


class ExecutionContext(InstanceModel["ExecutionContextContext"]):
    """A ExecutionContext as returned by the API."""

    account_sid: str | None = None
    context: Any | None = None
    flow_sid: str | None = None
    execution_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ExecutionContextContext.fetch
    else:
        fetch = FromContext()
