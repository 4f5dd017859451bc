# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskReservation models (``workspaces.tasks.reservations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import TaskReservationStatus

if TYPE_CHECKING:
    from ..workspaces_tasks_reservations import TaskReservationContext


class TaskReservation(InstanceModel["TaskReservationContext"]):
    """A TaskReservation as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    reservation_status: TaskReservationStatus | None = None
    sid: str
    task_sid: str | None = None
    worker_name: str | None = None
    worker_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskReservationContext.fetch
        update: ClassVar = TaskReservationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_tasks_reservations import TaskReservationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
