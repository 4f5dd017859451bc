# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkersRealTimeStatistics resources (``workspaces.workers.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workers_real_time_statistics import WorkersRealTimeStatistics

_TYPES = Models(__package__, ".types.workspaces_workers_real_time_statistics")
_MODEL = _TYPES("WorkersRealTimeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/RealTimeStatistics"
_FETCH: Operation[WorkersRealTimeStatistics] = Operation(
    "real_time_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("task_channel", "TaskChannel", QUERY, "string"))


class WorkersRealTimeStatisticsFetchArgs(Args):
    task_channel: str | NotGiven = NOT_GIVEN


class WorkersRealTimeStatisticsContext(InstanceContext):
    """One WorkersRealTimeStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkersRealTimeStatisticsFetchArgs,
        """Fetch this WorkersRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkersRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkersRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkersRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkersRealTimeStatisticsList(SingletonList[WorkersRealTimeStatisticsContext]):
    """WorkersRealTimeStatistics collection."""

    __slots__ = ()
