# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Participant models (``services.sessions.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sessions_participants import ParticipantContext


class Participant(InstanceModel["ParticipantContext"]):
    """A Participant as returned by the API."""

    sid: str
    session_sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    identifier: str | None = None
    proxy_identifier: str | None = None
    proxy_identifier_sid: str | None = None
    date_deleted: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ParticipantContext.fetch
        delete: ClassVar = ParticipantContext.delete
        message_interactions: ClassVar = ParticipantContext.message_interactions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sessions_participants import ParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        message_interactions = FromContext()
