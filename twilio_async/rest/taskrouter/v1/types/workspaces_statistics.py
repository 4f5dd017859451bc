# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkspaceStatistics models (``workspaces.statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_statistics import WorkspaceStatisticsContext


class WorkspaceStatistics(InstanceModel["WorkspaceStatisticsContext"]):
    """A WorkspaceStatistics as returned by the API."""

    realtime: Any | None = None
    cumulative: Any | None = None
    account_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkspaceStatisticsContext.fetch
    else:
        fetch = FromContext()
