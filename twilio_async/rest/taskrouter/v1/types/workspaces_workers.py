# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Worker models (``workspaces.workers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workers import WorkerContext


class Worker(InstanceModel["WorkerContext"]):
    """A Worker as returned by the API."""

    account_sid: str | None = None
    activity_name: str | None = None
    activity_sid: str | None = None
    attributes: str | None = None
    available: bool | None = None
    date_created: IsoDateTime | None = None
    date_status_changed: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    sid: str
    workspace_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkerContext.fetch
        update: ClassVar = WorkerContext.update
        delete: ClassVar = WorkerContext.delete
        reservations: ClassVar = WorkerContext.reservations
        statistics: ClassVar = WorkerContext.statistics
        worker_channels: ClassVar = WorkerContext.worker_channels

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_workers import WorkerContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        reservations = FromContext()
        statistics = FromContext()
        worker_channels = FromContext()
