# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""EventType models (``event_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..event_types import EventTypeContext


class EventType(InstanceModel["EventTypeContext"]):
    """A EventType as returned by the API."""

    type: str
    schema_id: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    description: str | None = None
    status: str | None = None
    documentation_url: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EventTypeContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..event_types import EventTypeContext  # noqa: F401
    else:
        fetch = FromContext()
