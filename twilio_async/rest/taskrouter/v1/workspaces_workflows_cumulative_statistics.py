# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkflowCumulativeStatistics resources (``workspaces.workflows.cumulative_statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workflows_cumulative_statistics import WorkflowCumulativeStatistics

_TYPES = Models(__package__, ".types.workspaces_workflows_cumulative_statistics")
_MODEL = _TYPES("WorkflowCumulativeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workflows/{1}/CumulativeStatistics"
_FETCH: Operation[WorkflowCumulativeStatistics] = Operation(
    "cumulative_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("end_date", "EndDate", QUERY, "datetime"),
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("task_channel", "TaskChannel", QUERY, "string"),
    P("split_by_wait_time", "SplitByWaitTime", QUERY, "string"),
)


class WorkflowCumulativeStatisticsFetchArgs(Args):
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    split_by_wait_time: str | NotGiven = NOT_GIVEN


class WorkflowCumulativeStatisticsContext(InstanceContext):
    """One WorkflowCumulativeStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkflowCumulativeStatisticsFetchArgs,
        """Fetch this WorkflowCumulativeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowCumulativeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkflowCumulativeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowCumulativeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkflowCumulativeStatisticsList(SingletonList[WorkflowCumulativeStatisticsContext]):
    """WorkflowCumulativeStatistics collection."""

    __slots__ = ()
