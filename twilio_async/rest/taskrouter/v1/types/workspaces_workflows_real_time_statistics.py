# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkflowRealTimeStatistics models (``workspaces.workflows.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workflows_real_time_statistics import WorkflowRealTimeStatisticsContext


class WorkflowRealTimeStatistics(InstanceModel["WorkflowRealTimeStatisticsContext"]):
    """A WorkflowRealTimeStatistics as returned by the API."""

    account_sid: str | None = None
    longest_task_waiting_age: WireInt | None = None
    longest_task_waiting_sid: str | None = None
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_tasks: WireInt | None = None
    workflow_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkflowRealTimeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_workflows_real_time_statistics import (
                WorkflowRealTimeStatisticsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
