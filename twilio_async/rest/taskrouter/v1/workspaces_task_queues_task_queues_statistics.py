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
    list = _LIST.list_method(TaskQueuesStatisticsListArgs)
    """List TaskQueuesStatistics resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TaskQueuesStatisticsListArgs)
    """Stream TaskQueuesStatistics resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``; one page in memory at a time."""
    page = _LIST.page_method(TaskQueuesStatisticsPageArgs)
    """One page of TaskQueuesStatistics resources: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics``; ``next_page()`` moves on."""
