# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Session models (``services.sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import SessionMode, SessionStatus

if TYPE_CHECKING:
    from ..services_sessions import SessionContext


class Session(InstanceModel["SessionContext"]):
    """A Session as returned by the API."""

    sid: str
    service_sid: str | None = None
    account_sid: str | None = None
    date_started: IsoDateTime | None = None
    date_ended: IsoDateTime | None = None
    date_last_interaction: IsoDateTime | None = None
    date_expiry: IsoDateTime | None = None
    unique_name: str | None = None
    status: SessionStatus | None = None
    closed_reason: str | None = None
    ttl: WireInt | None = None
    mode: SessionMode | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SessionContext.fetch
        update: ClassVar = SessionContext.update
        delete: ClassVar = SessionContext.delete
        interactions: ClassVar = SessionContext.interactions
        participants: ClassVar = SessionContext.participants

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sessions import SessionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        interactions = FromContext()
        participants = FromContext()
