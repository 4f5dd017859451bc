# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueStatistics models (``workspaces.task_queues.statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_task_queues_statistics import TaskQueueStatisticsContext


class TaskQueueStatistics(InstanceModel["TaskQueueStatisticsContext"]):
    """A TaskQueueStatistics as returned by the API."""

    account_sid: str | None = None
    cumulative: Any | None = None
    realtime: Any | None = None
    task_queue_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskQueueStatisticsContext.fetch
    else:
        fetch = FromContext()
