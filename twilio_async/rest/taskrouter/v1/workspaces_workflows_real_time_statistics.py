# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkflowRealTimeStatistics resources (``workspaces.workflows.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_workflows_real_time_statistics import WorkflowRealTimeStatistics

_TYPES = Models(__package__, ".types.workspaces_workflows_real_time_statistics")
_MODEL = _TYPES("WorkflowRealTimeStatistics")
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workflows/{1}/RealTimeStatistics"
_FETCH: Operation[WorkflowRealTimeStatistics] = Operation(
    "real_time_statistics.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("task_channel", "TaskChannel", QUERY, "string"))


class WorkflowRealTimeStatisticsFetchArgs(Args):
    task_channel: str | NotGiven = NOT_GIVEN


class WorkflowRealTimeStatisticsContext(InstanceContext):
    """One WorkflowRealTimeStatistics: ``/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        WorkflowRealTimeStatisticsFetchArgs,
        """Fetch this WorkflowRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkflowRealTimeStatistics: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics``.

    Parameters are sent in the query string unless noted.

    Args:
        task_channel (str): ``TaskChannel``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkflowRealTimeStatistics

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkflowRealTimeStatisticsList(SingletonList[WorkflowRealTimeStatisticsContext]):
    """WorkflowRealTimeStatistics collection."""

    __slots__ = ()
