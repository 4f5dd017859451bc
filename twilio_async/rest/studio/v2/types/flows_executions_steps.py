# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""ExecutionStep models (``flows.executions.steps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..flows_executions_steps import ExecutionStepInstanceContext


class ExecutionStep(InstanceModel["ExecutionStepInstanceContext"]):
    """A ExecutionStep as returned by the API."""

    sid: str
    account_sid: str | None = None
    flow_sid: str | None = None
    execution_sid: str | None = None
    parent_step_sid: str | None = None
    name: str | None = None
    context: Any | None = None
    transitioned_from: str | None = None
    transitioned_to: str | None = None
    type: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ExecutionStepInstanceContext.fetch
        step_context: ClassVar = ExecutionStepInstanceContext.step_context

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows_executions_steps import ExecutionStepInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
        step_context = FromContext()
