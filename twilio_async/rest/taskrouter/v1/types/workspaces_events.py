# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Event models (``workspaces.events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_events import EventContext


class Event(InstanceModel["EventContext"]):
    """A Event as returned by the API."""

    account_sid: str | None = None
    actor_sid: str | None = None
    actor_type: str | None = None
    actor_url: str | None = None
    description: str | None = None
    event_data: Any | None = None
    event_date: IsoDateTime | None = None
    event_date_ms: WireInt | None = None
    event_type: str | None = None
    resource_sid: str | None = None
    resource_type: str | None = None
    resource_url: str | None = None
    sid: str
    source: str | None = None
    source_ip_address: str | None = None
    url: str | None = None
    workspace_sid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EventContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_events import EventContext  # noqa: F401
    else:
        fetch = FromContext()
