# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""ExecutionStep resources (``flows.executions.steps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .flows_executions_steps_step_context import ExecutionStepContextList
    from .types.flows_executions_steps import ExecutionStep

_TYPES = Models(__package__, ".types.flows_executions_steps")
_MODEL = _TYPES("ExecutionStep")
_LIST_PATH = "/v1/Flows/{0}/Executions/{1}/Steps"
_INSTANCE_PATH = "/v1/Flows/{0}/Executions/{1}/Steps/{2}"
_LIST: Operation[ExecutionStep] = Operation(
    "steps.list", "GET", _LIST_PATH, body="none", list_key="steps", model=_MODEL
)
_FETCH: Operation[ExecutionStep] = Operation(
    "steps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ExecutionStepInstanceContext(InstanceContext):
    """One ExecutionStep: ``/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ExecutionStep: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}``."""
    step_context: Child[ExecutionStepContextList] = Child(
        ".flows_executions_steps_step_context", "ExecutionStepContextList"
    )


class ExecutionStepList(KeyedList[ExecutionStepInstanceContext]):
    """ExecutionStep collection: ``/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List ExecutionStep resources: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ExecutionStep resources: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ExecutionStep resources: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``; ``next_page()`` moves on."""
