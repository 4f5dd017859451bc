# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkspaceRealTimeStatistics models (``workspaces.real_time_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_real_time_statistics import WorkspaceRealTimeStatisticsContext


class WorkspaceRealTimeStatistics(InstanceModel["WorkspaceRealTimeStatisticsContext"]):
    """A WorkspaceRealTimeStatistics as returned by the API."""

    account_sid: str | None = None
    activity_statistics: list[Any] | None = None
    longest_task_waiting_age: WireInt | None = None
    longest_task_waiting_sid: str | None = None
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_tasks: WireInt | None = None
    total_workers: WireInt | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkspaceRealTimeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_real_time_statistics import WorkspaceRealTimeStatisticsContext  # noqa: F401
    else:
        fetch = FromContext()
