# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueuesStatistics resources (``workspaces.task_queues.task_queues_statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_task_queues_task_queues_statistics import TaskQueuesStatistics

_TYPES = Models(__package__, ".types.workspaces_task_queues_task_queues_statistics")
_MODEL = _TYPES("TaskQueuesStatistics")
_LIST_PATH = "/v1/Workspaces/{0}/TaskQueues/Statistics"
_LIST: Operation[TaskQueuesStatistics] = Operation(
    "statistics.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="task_queues_statistics",
    model=_MODEL,
).with_params(
    P("end_date", "EndDate", QUERY, "datetime"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("task_channel", "TaskChannel", QUERY, "string"),
    P("split_by_wait_time", "SplitByWaitTime", QUERY, "string"),
)


class TaskQueuesStatisticsFilters(Args):
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    split_by_wait_time: str | NotGiven = NOT_GIVEN


class TaskQueuesStatisticsListArgs(TaskQueuesStatisticsFilters, ListArgs): ...


class TaskQueuesStatisticsPageArgs(TaskQueuesStatisticsFilters, PageArgs): ...


class TaskQueuesStatisticsList(ListResource):
    """TaskQueuesStatistics collection: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``."""

    __slots__ = ()
    list = _LIST.list_method(
        TaskQueuesStatisticsListArgs,
        """List TaskQueuesStatistics resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskQueuesStatistics]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List TaskQueuesStatistics resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskQueuesStatistics]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        TaskQueuesStatisticsListArgs,
        """Stream TaskQueuesStatistics resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskQueuesStatistics.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream TaskQueuesStatistics resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskQueuesStatistics.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        TaskQueuesStatisticsPageArgs,
        """One page of TaskQueuesStatistics resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskQueuesStatistics]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of TaskQueuesStatistics resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskQueuesStatistics]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
