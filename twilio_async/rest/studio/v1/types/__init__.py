# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Response models of studio v1, loaded on first access: ``from twilio_async.rest.studio.v1.types import Engagement``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .flows import Flow as Flow
    from .flows_engagements import Engagement as Engagement
    from .flows_engagements_engagement_context import EngagementContext as EngagementContext
    from .flows_engagements_steps import Step as Step
    from .flows_engagements_steps_step_context import StepContext as StepContext
    from .flows_executions import Execution as Execution
    from .flows_executions_execution_context import ExecutionContext as ExecutionContext
    from .flows_executions_steps import ExecutionStep as ExecutionStep
    from .flows_executions_steps_step_context import ExecutionStepContext as ExecutionStepContext

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Engagement": ".flows_engagements",
    "EngagementContext": ".flows_engagements_engagement_context",
    "Execution": ".flows_executions",
    "ExecutionContext": ".flows_executions_execution_context",
    "ExecutionStep": ".flows_executions_steps",
    "ExecutionStepContext": ".flows_executions_steps_step_context",
    "Flow": ".flows",
    "Step": ".flows_engagements_steps",
    "StepContext": ".flows_engagements_steps_step_context",
}
__all__ = [
    "Engagement",
    "EngagementContext",
    "Execution",
    "ExecutionContext",
    "ExecutionStep",
    "ExecutionStepContext",
    "Flow",
    "Step",
    "StepContext",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
