# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""MessageInteraction models (``services.sessions.participants.message_interactions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import MessageInteractionResourceStatus, MessageInteractionType

if TYPE_CHECKING:
    from ..services_sessions_participants_message_interactions import MessageInteractionContext


class MessageInteraction(InstanceModel["MessageInteractionContext"]):
    """A MessageInteraction as returned by the API."""

    sid: str
    session_sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    data: str | None = None
    type: MessageInteractionType | None = None
    participant_sid: str | None = None
    inbound_participant_sid: str | None = None
    inbound_resource_sid: str | None = None
    inbound_resource_status: MessageInteractionResourceStatus | None = None
    inbound_resource_type: str | None = None
    inbound_resource_url: str | None = None
    outbound_participant_sid: str | None = None
    outbound_resource_sid: str | None = None
    outbound_resource_status: MessageInteractionResourceStatus | None = None
    outbound_resource_type: str | None = None
    outbound_resource_url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MessageInteractionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sessions_participants_message_interactions import (
                MessageInteractionContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
