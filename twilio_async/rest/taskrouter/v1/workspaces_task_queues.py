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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TaskQueue: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this TaskQueue: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        TaskQueueUpdateArgs,
        """Update this TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers (str): ``TargetWorkers``; string; optional.
        reservation_activity_sid (str): ``ReservationActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        assignment_activity_sid (str): ``AssignmentActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        max_reserved_workers (int): ``MaxReservedWorkers``; integer; optional.
        task_order (TaskQueueTaskOrder | str): ``TaskOrder``; enum:task_queue_task_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers (str): ``TargetWorkers``; string; optional.
        reservation_activity_sid (str): ``ReservationActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        assignment_activity_sid (str): ``AssignmentActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        max_reserved_workers (int): ``MaxReservedWorkers``; integer; optional.
        task_order (TaskQueueTaskOrder | str): ``TaskOrder``; enum:task_queue_task_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this TaskQueue: ``DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this TaskQueue: ``DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WQ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
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
    create = _CREATE.call_method(
        TaskQueueCreateArgs,
        """Create a TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        target_workers (str): ``TargetWorkers``; string; optional.
        max_reserved_workers (int): ``MaxReservedWorkers``; integer; optional.
        task_order (TaskQueueTaskOrder | str): ``TaskOrder``; enum:task_queue_task_order; one of ``FIFO``, ``LIFO``; optional.
        reservation_activity_sid (str): ``ReservationActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        assignment_activity_sid (str): ``AssignmentActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a TaskQueue: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        target_workers (str): ``TargetWorkers``; string; optional.
        max_reserved_workers (int): ``MaxReservedWorkers``; integer; optional.
        task_order (TaskQueueTaskOrder | str): ``TaskOrder``; enum:task_queue_task_order; one of ``FIFO``, ``LIFO``; optional.
        reservation_activity_sid (str): ``ReservationActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        assignment_activity_sid (str): ``AssignmentActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueue

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        TaskQueueListArgs,
        """List TaskQueue resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskQueue]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List TaskQueue resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskQueue]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        TaskQueueListArgs,
        """Stream TaskQueue resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskQueue.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream TaskQueue resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskQueue.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        TaskQueuePageArgs,
        """One page of TaskQueue resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskQueue]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of TaskQueue resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        evaluate_worker_attributes (str): ``EvaluateWorkerAttributes``; string; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskQueue]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    bulk_real_time_statistics: Child[TaskQueueBulkRealTimeStatisticsList] = Child(
        ".workspaces_task_queues_bulk_real_time_statistics", "TaskQueueBulkRealTimeStatisticsList"
    )
    statistics: Child[TaskQueuesStatisticsList] = Child(
        ".workspaces_task_queues_task_queues_statistics", "TaskQueuesStatisticsList"
    )
