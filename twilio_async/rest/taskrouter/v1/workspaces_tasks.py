# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Task resources (``workspaces.tasks``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import TaskStatus
    from .types.workspaces_tasks import Task
    from .workspaces_tasks_reservations import TaskReservationList

_TYPES = Models(__package__, ".types.workspaces_tasks")
_MODEL = _TYPES("Task")
_LIST_PATH = "/v1/Workspaces/{0}/Tasks"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Tasks/{1}"
_CREATE: Operation[Task] = Operation(
    "tasks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("timeout", "Timeout", FORM, "integer"),
    P("priority", "Priority", FORM, "integer"),
    P("task_channel", "TaskChannel", FORM, "string"),
    P("workflow_sid", "WorkflowSid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("virtual_start_time", "VirtualStartTime", FORM, "datetime"),
    P("routing_target", "RoutingTarget", FORM, "string"),
    P("ignore_capacity", "IgnoreCapacity", FORM, "string"),
    P("task_queue_sid", "TaskQueueSid", FORM, "string"),
)
_LIST: Operation[Task] = Operation(
    "tasks.list", "GET", _LIST_PATH, body="none", list_key="tasks", model=_MODEL
).with_params(
    P("priority", "Priority", QUERY, "integer"),
    P("assignment_status", "AssignmentStatus", QUERY, "string", many=True),
    P("workflow_sid", "WorkflowSid", QUERY, "string"),
    P("workflow_name", "WorkflowName", QUERY, "string"),
    P("task_queue_sid", "TaskQueueSid", QUERY, "string"),
    P("task_queue_name", "TaskQueueName", QUERY, "string"),
    P("evaluate_task_attributes", "EvaluateTaskAttributes", QUERY, "string"),
    P("routing_target", "RoutingTarget", QUERY, "string"),
    P("ordering", "Ordering", QUERY, "string"),
    P("has_addons", "HasAddons", QUERY, "boolean"),
)
_FETCH: Operation[Task] = Operation("tasks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Task] = Operation(
    "tasks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("assignment_status", "AssignmentStatus", FORM, "string"),
    P("reason", "Reason", FORM, "string"),
    P("priority", "Priority", FORM, "integer"),
    P("task_channel", "TaskChannel", FORM, "string"),
    P("virtual_start_time", "VirtualStartTime", FORM, "datetime"),
)
_DELETE: Operation[None] = Operation(
    "tasks.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("if_match", "If-Match", HEADER, "string"))


class TaskCreateArgs(Args):
    timeout: int | NotGiven = NOT_GIVEN
    priority: int | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    workflow_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    virtual_start_time: datetime | date | str | NotGiven = NOT_GIVEN
    routing_target: str | NotGiven = NOT_GIVEN
    ignore_capacity: str | NotGiven = NOT_GIVEN
    task_queue_sid: str | NotGiven = NOT_GIVEN


class TaskFilters(Args):
    priority: int | NotGiven = NOT_GIVEN
    assignment_status: Sequence[str] | NotGiven = NOT_GIVEN
    workflow_sid: str | NotGiven = NOT_GIVEN
    workflow_name: str | NotGiven = NOT_GIVEN
    task_queue_sid: str | NotGiven = NOT_GIVEN
    task_queue_name: str | NotGiven = NOT_GIVEN
    evaluate_task_attributes: str | NotGiven = NOT_GIVEN
    routing_target: str | NotGiven = NOT_GIVEN
    ordering: str | NotGiven = NOT_GIVEN
    has_addons: bool | NotGiven = NOT_GIVEN


class TaskListArgs(TaskFilters, ListArgs): ...


class TaskPageArgs(TaskFilters, PageArgs): ...


class TaskUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    assignment_status: TaskStatus | str | NotGiven = NOT_GIVEN
    reason: str | NotGiven = NOT_GIVEN
    priority: int | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    virtual_start_time: datetime | date | str | NotGiven = NOT_GIVEN


class TaskDeleteArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN


class TaskContext(InstanceContext):
    """One Task: ``/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Task: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Task: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        TaskUpdateArgs,
        """Update this Task: ``POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        attributes (str): ``Attributes``; string; optional.
        assignment_status (TaskStatus | str): ``AssignmentStatus``; enum:task_status; one of ``pending``, ``reserved``, ``assigned``, ``canceled``, ``completed``, ``wrapping``; optional.
        reason (str): ``Reason``; string; optional.
        priority (int): ``Priority``; integer; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        virtual_start_time (datetime | date | str): ``VirtualStartTime``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this Task: ``POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        attributes (str): ``Attributes``; string; optional.
        assignment_status (TaskStatus | str): ``AssignmentStatus``; enum:task_status; one of ``pending``, ``reserved``, ``assigned``, ``canceled``, ``completed``, ``wrapping``; optional.
        reason (str): ``Reason``; string; optional.
        priority (int): ``Priority``; integer; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        virtual_start_time (datetime | date | str): ``VirtualStartTime``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        TaskDeleteArgs,
        """Delete this Task: ``DELETE /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this Task: ``DELETE /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WT[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    reservations: Child[TaskReservationList] = Child(
        ".workspaces_tasks_reservations", "TaskReservationList"
    )


class TaskList(KeyedList[TaskContext]):
    """Task collection: ``/v1/Workspaces/{WorkspaceSid}/Tasks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TaskCreateArgs,
        """Create a Task: ``POST /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the form body unless noted.

    Args:
        timeout (int): ``Timeout``; integer; optional.
        priority (int): ``Priority``; integer; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        virtual_start_time (datetime | date | str): ``VirtualStartTime``; datetime; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ignore_capacity (str): ``IgnoreCapacity``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a Task: ``POST /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the form body unless noted.

    Args:
        timeout (int): ``Timeout``; integer; optional.
        priority (int): ``Priority``; integer; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        virtual_start_time (datetime | date | str): ``VirtualStartTime``; datetime; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ignore_capacity (str): ``IgnoreCapacity``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Task

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        TaskListArgs,
        """List Task resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Task]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Task resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Task]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        TaskListArgs,
        """Stream Task resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Task.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Task resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Task.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        TaskPageArgs,
        """One page of Task resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Task]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Task resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Tasks``.

    Parameters are sent in the query string unless noted.

    Args:
        priority (int): ``Priority``; integer; optional.
        assignment_status (Sequence[str]): ``AssignmentStatus``; list<string>; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        workflow_name (str): ``WorkflowName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        evaluate_task_attributes (str): ``EvaluateTaskAttributes``; string; optional.
        routing_target (str): ``RoutingTarget``; string; optional.
        ordering (str): ``Ordering``; string; optional.
        has_addons (bool): ``HasAddons``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Task]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
