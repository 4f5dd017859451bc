# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueBulkRealTimeStatistics resources (``workspaces.task_queues.bulk_real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_task_queues_bulk_real_time_statistics import (
        TaskQueueBulkRealTimeStatistics,
    )

_TYPES = Models(__package__, ".types.workspaces_task_queues_bulk_real_time_statistics")
_MODEL = _TYPES("TaskQueueBulkRealTimeStatistics")
_LIST_PATH = "/v1/Workspaces/{0}/TaskQueues/RealTimeStatistics"
_CREATE: Operation[TaskQueueBulkRealTimeStatistics] = Operation(
    "bulk_real_time_statistics.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))


class TaskQueueBulkRealTimeStatisticsCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class TaskQueueBulkRealTimeStatisticsList(ListResource):
    """TaskQueueBulkRealTimeStatistics collection: ``/v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics``."""

    __slots__ = ()
    create = _CREATE.call_method(
        TaskQueueBulkRealTimeStatisticsCreateArgs,
        """Create a TaskQueueBulkRealTimeStatistics: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueBulkRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a TaskQueueBulkRealTimeStatistics: ``POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskQueueBulkRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
