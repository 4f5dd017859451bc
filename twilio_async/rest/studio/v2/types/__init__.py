# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Response models of studio v2, loaded on first access: ``from twilio_async.rest.studio.v2.types import Execution``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .flow_validate import FlowValidate as FlowValidate
    from .flows import Flow as Flow
    from .flows_executions import Execution as Execution
    from .flows_executions_execution_context import ExecutionContext as ExecutionContext
    from .flows_executions_steps import ExecutionStep as ExecutionStep
    from .flows_executions_steps_step_context import ExecutionStepContext as ExecutionStepContext
    from .flows_revisions import FlowRevision as FlowRevision
    from .flows_test_users import FlowTestUser as FlowTestUser

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Execution": ".flows_executions",
    "ExecutionContext": ".flows_executions_execution_context",
    "ExecutionStep": ".flows_executions_steps",
    "ExecutionStepContext": ".flows_executions_steps_step_context",
    "Flow": ".flows",
    "FlowRevision": ".flows_revisions",
    "FlowTestUser": ".flows_test_users",
    "FlowValidate": ".flow_validate",
}
__all__ = [
    "Execution",
    "ExecutionContext",
    "ExecutionStep",
    "ExecutionStepContext",
    "Flow",
    "FlowRevision",
    "FlowTestUser",
    "FlowValidate",
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
