# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Workspace resources (``workspaces``)."""

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
    from .enums import WorkspaceQueueOrder
    from .types.workspaces import Workspace
    from .workspaces_activities import ActivityList
    from .workspaces_cumulative_statistics import WorkspaceCumulativeStatisticsList
    from .workspaces_events import EventList
    from .workspaces_real_time_statistics import WorkspaceRealTimeStatisticsList
    from .workspaces_statistics import WorkspaceStatisticsList
    from .workspaces_task_channels import TaskChannelList
    from .workspaces_task_queues import TaskQueueList
    from .workspaces_tasks import TaskList
    from .workspaces_workers import WorkerList
    from .workspaces_workflows import WorkflowList

_TYPES = Models(__package__, ".types.workspaces")
_MODEL = _TYPES("Workspace")
_LIST_PATH = "/v1/Workspaces"
_INSTANCE_PATH = "/v1/Workspaces/{0}"
_CREATE: Operation[Workspace] = Operation(
    "workspaces.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("event_callback_url", "EventCallbackUrl", FORM, "string"),
    P("events_filter", "EventsFilter", FORM, "string"),
    P("multi_task_enabled", "MultiTaskEnabled", FORM, "boolean"),
    P("template", "Template", FORM, "string"),
    P("prioritize_queue_order", "PrioritizeQueueOrder", FORM, "string"),
)
_LIST: Operation[Workspace] = Operation(
    "workspaces.list", "GET", _LIST_PATH, body="none", list_key="workspaces", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))
_FETCH: Operation[Workspace] = Operation(
    "workspaces.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Workspace] = Operation(
    "workspaces.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("default_activity_sid", "DefaultActivitySid", FORM, "string"),
    P("event_callback_url", "EventCallbackUrl", FORM, "string"),
    P("events_filter", "EventsFilter", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("multi_task_enabled", "MultiTaskEnabled", FORM, "boolean"),
    P("timeout_activity_sid", "TimeoutActivitySid", FORM, "string"),
    P("prioritize_queue_order", "PrioritizeQueueOrder", FORM, "string"),
)
_DELETE: Operation[None] = Operation("workspaces.delete", "DELETE", _INSTANCE_PATH, body="none")


class WorkspaceCreateArgs(Args):
    friendly_name: str
    event_callback_url: str | NotGiven = NOT_GIVEN
    events_filter: str | NotGiven = NOT_GIVEN
    multi_task_enabled: bool | NotGiven = NOT_GIVEN
    template: str | NotGiven = NOT_GIVEN
    prioritize_queue_order: WorkspaceQueueOrder | str | NotGiven = NOT_GIVEN


class WorkspaceFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class WorkspaceListArgs(WorkspaceFilters, ListArgs): ...


class WorkspacePageArgs(WorkspaceFilters, PageArgs): ...


class WorkspaceUpdateArgs(Args):
    default_activity_sid: str | NotGiven = NOT_GIVEN
    event_callback_url: str | NotGiven = NOT_GIVEN
    events_filter: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    multi_task_enabled: bool | NotGiven = NOT_GIVEN
    timeout_activity_sid: str | NotGiven = NOT_GIVEN
    prioritize_queue_order: WorkspaceQueueOrder | str | NotGiven = NOT_GIVEN


class WorkspaceContext(InstanceContext):
    """One Workspace: ``/v1/Workspaces/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Workspace: ``GET /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Workspace: ``GET /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        WorkspaceUpdateArgs,
        """Update this Workspace: ``POST /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        default_activity_sid (str): ``DefaultActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        event_callback_url (str): ``EventCallbackUrl``; uri; optional.
        events_filter (str): ``EventsFilter``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        multi_task_enabled (bool): ``MultiTaskEnabled``; boolean; optional.
        timeout_activity_sid (str): ``TimeoutActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        prioritize_queue_order (WorkspaceQueueOrder | str): ``PrioritizeQueueOrder``; enum:workspace_queue_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this Workspace: ``POST /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        default_activity_sid (str): ``DefaultActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        event_callback_url (str): ``EventCallbackUrl``; uri; optional.
        events_filter (str): ``EventsFilter``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        multi_task_enabled (bool): ``MultiTaskEnabled``; boolean; optional.
        timeout_activity_sid (str): ``TimeoutActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        prioritize_queue_order (WorkspaceQueueOrder | str): ``PrioritizeQueueOrder``; enum:workspace_queue_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Workspace: ``DELETE /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this Workspace: ``DELETE /v1/Workspaces/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    activities: Child[ActivityList] = Child(".workspaces_activities", "ActivityList")
    cumulative_statistics: Child[WorkspaceCumulativeStatisticsList] = Child(
        ".workspaces_cumulative_statistics", "WorkspaceCumulativeStatisticsList"
    )
    events: Child[EventList] = Child(".workspaces_events", "EventList")
    real_time_statistics: Child[WorkspaceRealTimeStatisticsList] = Child(
        ".workspaces_real_time_statistics", "WorkspaceRealTimeStatisticsList"
    )
    statistics: Child[WorkspaceStatisticsList] = Child(
        ".workspaces_statistics", "WorkspaceStatisticsList"
    )
    task_channels: Child[TaskChannelList] = Child(".workspaces_task_channels", "TaskChannelList")
    task_queues: Child[TaskQueueList] = Child(".workspaces_task_queues", "TaskQueueList")
    tasks: Child[TaskList] = Child(".workspaces_tasks", "TaskList")
    workers: Child[WorkerList] = Child(".workspaces_workers", "WorkerList")
    workflows: Child[WorkflowList] = Child(".workspaces_workflows", "WorkflowList")


class WorkspaceList(KeyedList[WorkspaceContext]):
    """Workspace collection: ``/v1/Workspaces``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        WorkspaceCreateArgs,
        """Create a Workspace: ``POST /v1/Workspaces``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        event_callback_url (str): ``EventCallbackUrl``; uri; optional.
        events_filter (str): ``EventsFilter``; string; optional.
        multi_task_enabled (bool): ``MultiTaskEnabled``; boolean; optional.
        template (str): ``Template``; string; optional.
        prioritize_queue_order (WorkspaceQueueOrder | str): ``PrioritizeQueueOrder``; enum:workspace_queue_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a Workspace: ``POST /v1/Workspaces``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        event_callback_url (str): ``EventCallbackUrl``; uri; optional.
        events_filter (str): ``EventsFilter``; string; optional.
        multi_task_enabled (bool): ``MultiTaskEnabled``; boolean; optional.
        template (str): ``Template``; string; optional.
        prioritize_queue_order (WorkspaceQueueOrder | str): ``PrioritizeQueueOrder``; enum:workspace_queue_order; one of ``FIFO``, ``LIFO``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workspace

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        WorkspaceListArgs,
        """List Workspace resources, every page up to ``limit`` items: ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Workspace]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Workspace resources, every page up to ``limit`` items: ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Workspace]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        WorkspaceListArgs,
        """Stream Workspace resources, one page in memory at a time: ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Workspace.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Workspace resources, one page in memory at a time: ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Workspace.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        WorkspacePageArgs,
        """One page of Workspace resources (``next_page()`` moves on): ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Workspace]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Workspace resources (``next_page()`` moves on): ``GET /v1/Workspaces``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Workspace]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
