# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueRealTimeStatistics models (``workspaces.task_queues.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_task_queues_real_time_statistics import TaskQueueRealTimeStatisticsContext


class TaskQueueRealTimeStatistics(InstanceModel["TaskQueueRealTimeStatisticsContext"]):
    """A TaskQueueRealTimeStatistics as returned by the API."""

    account_sid: str | None = None
    activity_statistics: list[Any] | None = None
    longest_task_waiting_age: WireInt | None = None
    longest_task_waiting_sid: str | None = None
    longest_relative_task_age_in_queue: WireInt | None = None
    longest_relative_task_sid_in_queue: str | None = None
    task_queue_sid: str | None = None
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_available_workers: WireInt | None = None
    total_eligible_workers: WireInt | None = None
    total_tasks: WireInt | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskQueueRealTimeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_task_queues_real_time_statistics import (
                TaskQueueRealTimeStatisticsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
