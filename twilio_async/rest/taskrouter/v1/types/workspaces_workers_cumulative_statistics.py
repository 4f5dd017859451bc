# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkersCumulativeStatistics models (``workspaces.workers.cumulative_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workers_cumulative_statistics import WorkersCumulativeStatisticsContext


class WorkersCumulativeStatistics(InstanceModel["WorkersCumulativeStatisticsContext"]):
    """A WorkersCumulativeStatistics as returned by the API."""

    account_sid: str | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    activity_durations: list[Any] | None = None
    reservations_created: WireInt | None = None
    reservations_accepted: WireInt | None = None
    reservations_rejected: WireInt | None = None
    reservations_timed_out: WireInt | None = None
    reservations_canceled: WireInt | None = None
    reservations_rescinded: WireInt | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkersCumulativeStatisticsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_workers_cumulative_statistics import (
                WorkersCumulativeStatisticsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
