# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkspaceRealTimeStatistics resources (``workspaces.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_real_time_statistics import WorkspaceRealTimeStatistics

_TYPES = Models(__package__, ".types.workspaces_real_time_statistics")
_MODEL = _TYPES("WorkspaceRealTimeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/RealTimeStatistics"
_FETCH: Operation[WorkspaceRealTimeStatistics] = Operation(
    "real_time_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("task_channel", "TaskChannel", QUERY, "string"))


class WorkspaceRealTimeStatisticsFetchArgs(Args):
    task_channel: str | NotGiven = NOT_GIVEN


class WorkspaceRealTimeStatisticsContext(InstanceContext):
    """One WorkspaceRealTimeStatistics: ``/v1/Workspaces/{WorkspaceSid}/RealTimeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkspaceRealTimeStatisticsFetchArgs,
        """Fetch this WorkspaceRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkspaceRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkspaceRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkspaceRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkspaceRealTimeStatisticsList(SingletonList[WorkspaceRealTimeStatisticsContext]):
    """WorkspaceRealTimeStatistics collection."""

    __slots__ = ()
