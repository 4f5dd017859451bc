# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueue models (``workspaces.task_queues``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import TaskQueueTaskOrder

if TYPE_CHECKING:
    from ..workspaces_task_queues import TaskQueueContext


class TaskQueue(InstanceModel["TaskQueueContext"]):
    """A TaskQueue as returned by the API."""

    account_sid: str | None = None
    assignment_activity_sid: str | None = None
    assignment_activity_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    max_reserved_workers: WireInt | None = None
    reservation_activity_sid: str | None = None
    reservation_activity_name: str | None = None
    sid: str
    target_workers: str | None = None
    task_order: TaskQueueTaskOrder | None = None
    url: str | None = None
    workspace_sid: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskQueueContext.fetch
        update: ClassVar = TaskQueueContext.update
        delete: ClassVar = TaskQueueContext.delete
        cumulative_statistics: ClassVar = TaskQueueContext.cumulative_statistics
        real_time_statistics: ClassVar = TaskQueueContext.real_time_statistics
        statistics: ClassVar = TaskQueueContext.statistics

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_task_queues import TaskQueueContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        cumulative_statistics = FromContext()
        real_time_statistics = FromContext()
        statistics = FromContext()
