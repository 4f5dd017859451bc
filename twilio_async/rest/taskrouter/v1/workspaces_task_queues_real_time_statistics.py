# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueRealTimeStatistics resources (``workspaces.task_queues.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_task_queues_real_time_statistics import TaskQueueRealTimeStatistics

_TYPES = Models(__package__, ".types.workspaces_task_queues_real_time_statistics")
_MODEL = _TYPES("TaskQueueRealTimeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/TaskQueues/{1}/RealTimeStatistics"
_FETCH: Operation[TaskQueueRealTimeStatistics] = Operation(
    "real_time_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("task_channel", "TaskChannel", QUERY, "string"))


class TaskQueueRealTimeStatisticsFetchArgs(Args):
    task_channel: str | NotGiven = NOT_GIVEN


class TaskQueueRealTimeStatisticsContext(InstanceContext):
    """One TaskQueueRealTimeStatistics: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        TaskQueueRealTimeStatisticsFetchArgs,
        """Fetch this TaskQueueRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this TaskQueueRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class TaskQueueRealTimeStatisticsList(SingletonList[TaskQueueRealTimeStatisticsContext]):
    """TaskQueueRealTimeStatistics collection."""

    __slots__ = ()
