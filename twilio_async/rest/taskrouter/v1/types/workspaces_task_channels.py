# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskChannel models (``workspaces.task_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_task_channels import TaskChannelContext


class TaskChannel(InstanceModel["TaskChannelContext"]):
    """A TaskChannel as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    sid: str
    unique_name: str | None = None
    workspace_sid: str | None = None
    channel_optimized_routing: bool | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TaskChannelContext.fetch
        update: ClassVar = TaskChannelContext.update
        delete: ClassVar = TaskChannelContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_task_channels import TaskChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
