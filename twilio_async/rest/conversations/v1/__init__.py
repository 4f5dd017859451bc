# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""conversations v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .address_configurations import ConfigurationAddressList
    from .configuration import ConfigurationList
    from .conversation_with_participants import ConversationWithParticipantsList
    from .conversations import ConversationList
    from .credentials import CredentialList
    from .participant_conversations import ParticipantConversationList
    from .roles import RoleList
    from .services import ServiceList
    from .users import UserList


class V1(Version):
    """``conversations`` v1 (json-v1)."""

    domain = "conversations"
    dialect_name = "json-v1"
    address_configurations: Root[ConfigurationAddressList] = Root(
        ".address_configurations", "ConfigurationAddressList"
    )
    configuration: Root[ConfigurationList] = Root(".configuration", "ConfigurationList")
    conversation_with_participants: Root[ConversationWithParticipantsList] = Root(
        ".conversation_with_participants", "ConversationWithParticipantsList"
    )
    conversations: Root[ConversationList] = Root(".conversations", "ConversationList")
    credentials: Root[CredentialList] = Root(".credentials", "CredentialList")
    participant_conversations: Root[ParticipantConversationList] = Root(
        ".participant_conversations", "ParticipantConversationList"
    )
    roles: Root[RoleList] = Root(".roles", "RoleList")
    services: Root[ServiceList] = Root(".services", "ServiceList")
    users: Root[UserList] = Root(".users", "UserList")
