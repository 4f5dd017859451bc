# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Response models of taskrouter v1, loaded on first access: ``from twilio_async.rest.taskrouter.v1.types import Activity``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .workspaces import Workspace as Workspace
    from .workspaces_activities import Activity as Activity
    from .workspaces_cumulative_statistics import (
        WorkspaceCumulativeStatistics as WorkspaceCumulativeStatistics,
    )
    from .workspaces_events import Event as Event
    from .workspaces_real_time_statistics import (
        WorkspaceRealTimeStatistics as WorkspaceRealTimeStatistics,
    )
    from .workspaces_statistics import WorkspaceStatistics as WorkspaceStatistics
    from .workspaces_task_channels import TaskChannel as TaskChannel
    from .workspaces_task_queues import TaskQueue as TaskQueue
    from .workspaces_task_queues_bulk_real_time_statistics import (
        TaskQueueBulkRealTimeStatistics as TaskQueueBulkRealTimeStatistics,
    )
    from .workspaces_task_queues_cumulative_statistics import (
        TaskQueueCumulativeStatistics as TaskQueueCumulativeStatistics,
    )
    from .workspaces_task_queues_real_time_statistics import (
        TaskQueueRealTimeStatistics as TaskQueueRealTimeStatistics,
    )
    from .workspaces_task_queues_statistics import TaskQueueStatistics as TaskQueueStatistics
    from .workspaces_task_queues_task_queues_statistics import (
        TaskQueuesStatistics as TaskQueuesStatistics,
    )
    from .workspaces_tasks import Task as Task
    from .workspaces_tasks_reservations import TaskReservation as TaskReservation
    from .workspaces_workers import Worker as Worker
    from .workspaces_workers_cumulative_statistics import (
        WorkersCumulativeStatistics as WorkersCumulativeStatistics,
    )
    from .workspaces_workers_real_time_statistics import (
        WorkersRealTimeStatistics as WorkersRealTimeStatistics,
    )
    from .workspaces_workers_reservations import WorkerReservation as WorkerReservation
    from .workspaces_workers_statistics import WorkerStatistics as WorkerStatistics
    from .workspaces_workers_worker_channels import WorkerChannel as WorkerChannel
    from .workspaces_workers_workers_statistics import WorkersStatistics as WorkersStatistics
    from .workspaces_workflows import Workflow as Workflow
    from .workspaces_workflows_cumulative_statistics import (
        WorkflowCumulativeStatistics as WorkflowCumulativeStatistics,
    )
    from .workspaces_workflows_real_time_statistics import (
        WorkflowRealTimeStatistics as WorkflowRealTimeStatistics,
    )
    from .workspaces_workflows_statistics import WorkflowStatistics as WorkflowStatistics

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Activity": ".workspaces_activities",
    "Event": ".workspaces_events",
    "Task": ".workspaces_tasks",
    "TaskChannel": ".workspaces_task_channels",
    "TaskQueue": ".workspaces_task_queues",
    "TaskQueueBulkRealTimeStatistics": ".workspaces_task_queues_bulk_real_time_statistics",
    "TaskQueueCumulativeStatistics": ".workspaces_task_queues_cumulative_statistics",
    "TaskQueueRealTimeStatistics": ".workspaces_task_queues_real_time_statistics",
    "TaskQueueStatistics": ".workspaces_task_queues_statistics",
    "TaskQueuesStatistics": ".workspaces_task_queues_task_queues_statistics",
    "TaskReservation": ".workspaces_tasks_reservations",
    "Worker": ".workspaces_workers",
    "WorkerChannel": ".workspaces_workers_worker_channels",
    "WorkerReservation": ".workspaces_workers_reservations",
    "WorkerStatistics": ".workspaces_workers_statistics",
    "WorkersCumulativeStatistics": ".workspaces_workers_cumulative_statistics",
    "WorkersRealTimeStatistics": ".workspaces_workers_real_time_statistics",
    "WorkersStatistics": ".workspaces_workers_workers_statistics",
    "Workflow": ".workspaces_workflows",
    "WorkflowCumulativeStatistics": ".workspaces_workflows_cumulative_statistics",
    "WorkflowRealTimeStatistics": ".workspaces_workflows_real_time_statistics",
    "WorkflowStatistics": ".workspaces_workflows_statistics",
    "Workspace": ".workspaces",
    "WorkspaceCumulativeStatistics": ".workspaces_cumulative_statistics",
    "WorkspaceRealTimeStatistics": ".workspaces_real_time_statistics",
    "WorkspaceStatistics": ".workspaces_statistics",
}
__all__ = [
    "Activity",
    "Event",
    "Task",
    "TaskChannel",
    "TaskQueue",
    "TaskQueueBulkRealTimeStatistics",
    "TaskQueueCumulativeStatistics",
    "TaskQueueRealTimeStatistics",
    "TaskQueueStatistics",
    "TaskQueuesStatistics",
    "TaskReservation",
    "Worker",
    "WorkerChannel",
    "WorkerReservation",
    "WorkerStatistics",
    "WorkersCumulativeStatistics",
    "WorkersRealTimeStatistics",
    "WorkersStatistics",
    "Workflow",
    "WorkflowCumulativeStatistics",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
    "Workspace",
    "WorkspaceCumulativeStatistics",
    "WorkspaceRealTimeStatistics",
    "WorkspaceStatistics",
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
