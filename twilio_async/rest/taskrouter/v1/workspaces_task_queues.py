# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueue resources (``workspaces.task_queues``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import TaskQueueTaskOrder
    from .types.workspaces_task_queues import TaskQueue
    from .workspaces_task_queues_bulk_real_time_statistics import (
        TaskQueueBulkRealTimeStatisticsList,
    )
    from .workspaces_task_queues_cumulative_statistics import TaskQueueCumulativeStatisticsList
    from .workspaces_task_queues_real_time_statistics import TaskQueueRealTimeStatisticsList
    from .workspaces_task_queues_statistics import TaskQueueStatisticsList
    from .workspaces_task_queues_task_queues_statistics import TaskQueuesStatisticsList

_TYPES = Models(__package__, ".types.workspaces_task_queues")
_MODEL = _TYPES("TaskQueue")
_LIST_PATH = "/v1/Workspaces/{0}/TaskQueues"
_INSTANCE_PATH = "/v1/Workspaces/{0}/TaskQueues/{1}"
_CREATE: Operation[TaskQueue] = Operation(
    "task_queues.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("target_workers", "TargetWorkers", FORM, "string"),
    P("max_reserved_workers", "MaxReservedWorkers", FORM, "integer"),
    P("task_order", "TaskOrder", FORM, "string"),
    P("reservation_activity_sid", "ReservationActivitySid", FORM, "string"),
    P("assignment_activity_sid", "AssignmentActivitySid", FORM, "string"),
)
_LIST: Operation[TaskQueue] = Operation(
    "task_queues.list", "GET", _LIST_PATH, body="none", list_key="task_queues", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("evaluate_worker_attributes", "EvaluateWorkerAttributes", QUERY, "string"),
    P("worker_sid", "WorkerSid", QUERY, "string"),
    P("ordering", "Ordering", QUERY, "string"),
)
_FETCH: Operation[TaskQueue] = Operation(
    "task_queues.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[TaskQueue] = Operation(
    "task_queues.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("target_workers", "TargetWorkers", FORM, "string"),
    P("reservation_activity_sid", "ReservationActivitySid", FORM, "string"),
    P("assignment_activity_sid", "AssignmentActivitySid", FORM, "string"),
    P("max_reserved_workers", "MaxReservedWorkers", FORM, "integer"),
    P("task_order", "TaskOrder", FORM, "string"),
)
_DELETE: Operation[None] = Operation("task_queues.delete", "DELETE", _INSTANCE_PATH, body="none")


class TaskQueueCreateArgs(Args):
    friendly_name: str
    target_workers: str | NotGiven = NOT_GIVEN
    max_reserved_workers: int | NotGiven = NOT_GIVEN
    task_order: TaskQueueTaskOrder | str | NotGiven = NOT_GIVEN
    reservation_activity_sid: str | NotGiven = NOT_GIVEN
    assignment_activity_sid: str | NotGiven = NOT_GIVEN


class TaskQueueFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    evaluate_worker_attributes: str | NotGiven = NOT_GIVEN
    worker_sid: str | NotGiven = NOT_GIVEN
    ordering: str | NotGiven = NOT_GIVEN


class TaskQueueListArgs(TaskQueueFilters, ListArgs): ...


class TaskQueuePageArgs(TaskQueueFilters, PageArgs): ...


class TaskQueueUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    target_workers: str | NotGiven = NOT_GIVEN
    reservation_activity_sid: str | NotGiven = NOT_GIVEN
    assignment_activity_sid: str | NotGiven = NOT_GIVEN
    max_reserved_workers: int | NotGiven = NOT_GIVEN
    task_order: TaskQueueTaskOrder | str | NotGiven = NOT_GIVEN


class TaskQueueContext(InstanceContext):
    """One TaskQueue: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TaskQueue: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``."""
    update = _UPDATE.call_method(TaskQueueUpdateArgs)
    """Update this TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this TaskQueue: ``DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``; returns True."""
    cumulative_statistics: Child[TaskQueueCumulativeStatisticsList] = Child(
        ".workspaces_task_queues_cumulative_statistics", "TaskQueueCumulativeStatisticsList"
    )
    real_time_statistics: Child[TaskQueueRealTimeStatisticsList] = Child(
        ".workspaces_task_queues_real_time_statistics", "TaskQueueRealTimeStatisticsList"
    )
    statistics: Child[TaskQueueStatisticsList] = Child(
        ".workspaces_task_queues_statistics", "TaskQueueStatisticsList"
    )


class TaskQueueList(KeyedList[TaskQueueContext]):
    """TaskQueue collection: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WQ[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TaskQueueCreateArgs)
    """Create a TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues``."""
    list = _LIST.list_method(TaskQueueListArgs)
    """List TaskQueue resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TaskQueueListArgs)
    """Stream TaskQueue resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``; one page in memory at a time."""
    page = _LIST.page_method(TaskQueuePageArgs)
    """One page of TaskQueue resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``; ``next_page()`` moves on."""
    bulk_real_time_statistics: Child[TaskQueueBulkRealTimeStatisticsList] = Child(
        ".workspaces_task_queues_bulk_real_time_statistics", "TaskQueueBulkRealTimeStatisticsList"
    )
    statistics: Child[TaskQueuesStatisticsList] = Child(
        ".workspaces_task_queues_task_queues_statistics", "TaskQueuesStatisticsList"
    )
