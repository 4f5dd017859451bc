# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkersStatistics models (``workspaces.workers.workers_statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workers_workers_statistics import WorkersStatisticsContext


class WorkersStatistics(InstanceModel["WorkersStatisticsContext"]):
    """A WorkersStatistics as returned by the API."""

    realtime: Any | None = None
    cumulative: Any | None = None
    account_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkersStatisticsContext.fetch
    else:
        fetch = FromContext()
