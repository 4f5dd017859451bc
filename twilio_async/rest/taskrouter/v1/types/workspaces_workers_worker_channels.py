# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerChannel models (``workspaces.workers.worker_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workers_worker_channels import WorkerChannelContext


class WorkerChannel(InstanceModel["WorkerChannelContext"]):
    """A WorkerChannel as returned by the API."""

    account_sid: str | None = None
    assigned_tasks: WireInt | None = None
    available: bool | None = None
    available_capacity_percentage: WireInt | None = None
    configured_capacity: WireInt | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str
    task_channel_sid: str | None = None
    task_channel_unique_name: str | None = None
    worker_sid: str | None = None
    workspace_sid: str | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkerChannelContext.fetch
        update: ClassVar = WorkerChannelContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_workers_worker_channels import WorkerChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
