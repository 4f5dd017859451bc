# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Task models (``workspaces.tasks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import TaskStatus

if TYPE_CHECKING:
    from ..workspaces_tasks import TaskContext


class Task(InstanceModel["TaskContext"]):
    """A Task as returned by the API."""

    account_sid: str | None = None
    age: WireInt | None = None
    assignment_status: TaskStatus | None = None
    attributes: str | None = None
    addons: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    task_queue_entered_date: IsoDateTime | None = None
    priority: WireInt | None = None
    reason: str | None = None
    sid: str
    task_queue_sid: str | None = None
    task_queue_friendly_name: str | None = None
    task_channel_sid: str | None = None
    task_channel_unique_name: str | None = None
    timeout: WireInt | None = None
    workflow_sid: str | None = None
    workflow_friendly_name: str | None = None
    workspace_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    virtual_start_time: IsoDateTime | None = None
    ignore_capacity: bool | None = None
    routing_target: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskContext.fetch
        update: ClassVar = TaskContext.update
        delete: ClassVar = TaskContext.delete
        reservations: ClassVar = TaskContext.reservations

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_tasks import TaskContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        reservations = FromContext()
