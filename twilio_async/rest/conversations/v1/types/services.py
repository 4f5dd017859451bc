# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    account_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        delete: ClassVar = ServiceContext.delete
        bindings: ClassVar = ServiceContext.bindings
        configuration: ClassVar = ServiceContext.configuration
        conversation_with_participants: ClassVar = ServiceContext.conversation_with_participants
        conversations: ClassVar = ServiceContext.conversations
        participant_conversations: ClassVar = ServiceContext.participant_conversations
        roles: ClassVar = ServiceContext.roles
        users: ClassVar = ServiceContext.users

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        bindings = FromContext()
        configuration = FromContext()
        conversation_with_participants = FromContext()
        conversations = FromContext()
        participant_conversations = FromContext()
        roles = FromContext()
        users = FromContext()
