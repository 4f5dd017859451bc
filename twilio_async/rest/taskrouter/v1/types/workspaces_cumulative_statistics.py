# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkspaceCumulativeStatistics models (``workspaces.cumulative_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_cumulative_statistics import WorkspaceCumulativeStatisticsContext


class WorkspaceCumulativeStatistics(InstanceModel["WorkspaceCumulativeStatisticsContext"]):
    """A WorkspaceCumulativeStatistics as returned by the API."""

    account_sid: str | None = None
    avg_task_acceptance_time: WireInt | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    reservations_created: WireInt | None = None
    reservations_accepted: WireInt | None = None
    reservations_rejected: WireInt | None = None
    reservations_timed_out: WireInt | None = None
    reservations_canceled: WireInt | None = None
    reservations_rescinded: WireInt | None = None
    split_by_wait_time: Any | None = None
    wait_duration_until_accepted: Any | None = None
    wait_duration_until_canceled: Any | None = None
    tasks_canceled: WireInt | None = None
    tasks_completed: WireInt | None = None
    tasks_created: WireInt | None = None
    tasks_deleted: WireInt | None = None
    tasks_moved: WireInt | None = None
    tasks_timed_out_in_workflow: WireInt | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkspaceCumulativeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_cumulative_statistics import WorkspaceCumulativeStatisticsContext  # noqa: F401
    else:
        fetch = FromContext()
