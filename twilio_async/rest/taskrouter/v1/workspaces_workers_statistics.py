# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerStatistics resources (``workspaces.workers.statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workers_statistics import WorkerStatistics

_TYPES = Models(__package__, ".types.workspaces_workers_statistics")
_MODEL = _TYPES("WorkerStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/{1}/Statistics"
_FETCH: Operation[WorkerStatistics] = Operation(
    "statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
    P("task_channel", "TaskChannel", QUERY, "string"),
)


class WorkerStatisticsFetchArgs(Args):
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN


class WorkerStatisticsContext(InstanceContext):
    """One WorkerStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkerStatisticsFetchArgs,
        """Fetch this WorkerStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkerStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkerStatisticsList(SingletonList[WorkerStatisticsContext]):
    """WorkerStatistics collection."""

    __slots__ = ()
