# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueCumulativeStatistics resources (``workspaces.task_queues.cumulative_statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_task_queues_cumulative_statistics import TaskQueueCumulativeStatistics

_TYPES = Models(__package__, ".types.workspaces_task_queues_cumulative_statistics")
_MODEL = _TYPES("TaskQueueCumulativeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/TaskQueues/{1}/CumulativeStatistics"
_FETCH: Operation[TaskQueueCumulativeStatistics] = Operation(
    "cumulative_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("end_date", "EndDate", QUERY, "datetime"),
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("task_channel", "TaskChannel", QUERY, "string"),
    P("split_by_wait_time", "SplitByWaitTime", QUERY, "string"),
)


class TaskQueueCumulativeStatisticsFetchArgs(Args):
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    split_by_wait_time: str | NotGiven = NOT_GIVEN


class TaskQueueCumulativeStatisticsContext(InstanceContext):
    """One TaskQueueCumulativeStatistics: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        TaskQueueCumulativeStatisticsFetchArgs,
        """Fetch this TaskQueueCumulativeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueCumulativeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this TaskQueueCumulativeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueCumulativeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class TaskQueueCumulativeStatisticsList(SingletonList[TaskQueueCumulativeStatisticsContext]):
    """TaskQueueCumulativeStatistics collection."""

    __slots__ = ()
