# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkersStatistics resources (``workspaces.workers.workers_statistics``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workers_workers_statistics import WorkersStatistics

_TYPES = Models(__package__, ".types.workspaces_workers_workers_statistics")
_MODEL = _TYPES("WorkersStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/Statistics"
_FETCH: Operation[WorkersStatistics] = Operation(
    "statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("minutes", "Minutes", QUERY, "integer"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
    P("task_queue_sid", "TaskQueueSid", QUERY, "string"),
    P("task_queue_name", "TaskQueueName", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("task_channel", "TaskChannel", QUERY, "string"),
)


class WorkersStatisticsFetchArgs(Args):
    minutes: int | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_queue_sid: str | NotGiven = NOT_GIVEN
    task_queue_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN


class WorkersStatisticsContext(InstanceContext):
    """One WorkersStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workers/Statistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkersStatisticsFetchArgs,
        """Fetch this WorkersStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkersStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkersStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/Statistics``.

    Parameters are sent in the query string unless noted.

    Args:
        minutes (int): ``Minutes``; integer; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkersStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkersStatisticsList(SingletonList[WorkersStatisticsContext]):
    """WorkersStatistics collection."""

    __slots__ = ()
