# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueCumulativeStatistics models (``workspaces.task_queues.cumulative_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_task_queues_cumulative_statistics import TaskQueueCumulativeStatisticsContext


class TaskQueueCumulativeStatistics(InstanceModel["TaskQueueCumulativeStatisticsContext"]):
    """A TaskQueueCumulativeStatistics as returned by the API."""

    account_sid: str | None = None
    avg_task_acceptance_time: int | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    reservations_created: int | None = None
    reservations_accepted: int | None = None
    reservations_rejected: int | None = None
    reservations_timed_out: int | None = None
    reservations_canceled: int | None = None
    reservations_rescinded: int | None = None
    split_by_wait_time: Any | None = None
    task_queue_sid: str | None = None
    wait_duration_until_accepted: Any | None = None
    wait_duration_until_canceled: Any | None = None
    wait_duration_in_queue_until_accepted: Any | None = None
    tasks_canceled: int | None = None
    tasks_completed: int | None = None
    tasks_deleted: int | None = None
    tasks_entered: int | None = None
    tasks_moved: int | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskQueueCumulativeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_task_queues_cumulative_statistics import (
                TaskQueueCumulativeStatisticsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
