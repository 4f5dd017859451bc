# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkflowStatistics models (``workspaces.workflows.statistics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workflows_statistics import WorkflowStatisticsContext


class WorkflowStatistics(InstanceModel["WorkflowStatisticsContext"]):
    """A WorkflowStatistics as returned by the API."""

    account_sid: str | None = None
    cumulative: Any | None = None
    realtime: Any | None = None
    workflow_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkflowStatisticsContext.fetch
    else:
        fetch = FromContext()
