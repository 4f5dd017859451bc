# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Workspace models (``workspaces``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import WorkspaceQueueOrder

if TYPE_CHECKING:
    from ..workspaces import WorkspaceContext


class Workspace(InstanceModel["WorkspaceContext"]):
    """A Workspace as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    default_activity_name: str | None = None
    default_activity_sid: str | None = None
    event_callback_url: str | None = None
    events_filter: str | None = None
    friendly_name: str | None = None
    multi_task_enabled: bool | None = None
    sid: str
    timeout_activity_name: str | None = None
    timeout_activity_sid: str | None = None
    prioritize_queue_order: WorkspaceQueueOrder | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkspaceContext.fetch
        update: ClassVar = WorkspaceContext.update
        delete: ClassVar = WorkspaceContext.delete
        activities: ClassVar = WorkspaceContext.activities
        cumulative_statistics: ClassVar = WorkspaceContext.cumulative_statistics
        events: ClassVar = WorkspaceContext.events
        real_time_statistics: ClassVar = WorkspaceContext.real_time_statistics
        statistics: ClassVar = WorkspaceContext.statistics
        task_channels: ClassVar = WorkspaceContext.task_channels
        task_queues: ClassVar = WorkspaceContext.task_queues
        tasks: ClassVar = WorkspaceContext.tasks
        workers: ClassVar = WorkspaceContext.workers
        workflows: ClassVar = WorkspaceContext.workflows

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces import WorkspaceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        activities = FromContext()
        cumulative_statistics = FromContext()
        events = FromContext()
        real_time_statistics = FromContext()
        statistics = FromContext()
        task_channels = FromContext()
        task_queues = FromContext()
        tasks = FromContext()
        workers = FromContext()
        workflows = FromContext()
