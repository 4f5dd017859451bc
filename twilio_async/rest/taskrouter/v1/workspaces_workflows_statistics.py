# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkflowStatistics resources (``workspaces.workflows.statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workflows_statistics import WorkflowStatistics

_TYPES = Models(__package__, ".types.workspaces_workflows_statistics")
_MODEL = _TYPES("WorkflowStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workflows/{1}/Statistics"
_FETCH: Operation[WorkflowStatistics] = Operation(
    "statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
    P("task_channel", "TaskChannel", QUERY, "string"),
    P("split_by_wait_time", "SplitByWaitTime", QUERY, "string"),
)


class WorkflowStatisticsFetchArgs(Args):
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    split_by_wait_time: str | NotGiven = NOT_GIVEN


class WorkflowStatisticsContext(InstanceContext):
    """One WorkflowStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkflowStatisticsFetchArgs,
        """Fetch this WorkflowStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkflowStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        split_by_wait_time (str): ``SplitByWaitTime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkflowStatisticsList(SingletonList[WorkflowStatisticsContext]):
    """WorkflowStatistics collection."""

    __slots__ = ()
