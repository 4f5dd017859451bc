# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerStatistics models (``workspaces.workers.statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workers_statistics import WorkerStatisticsContext


class WorkerStatistics(InstanceModel["WorkerStatisticsContext"]):
    """A WorkerStatistics as returned by the API."""

    account_sid: str | None = None
    cumulative: Any | None = None
    worker_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkerStatisticsContext.fetch
    else:
        fetch = FromContext()
