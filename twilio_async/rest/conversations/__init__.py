# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""The conversations domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.address_configurations import ConfigurationAddressList
    from .v1.configuration import ConfigurationList
    from .v1.conversation_with_participants import ConversationWithParticipantsList
    from .v1.conversations import ConversationList
    from .v1.credentials import CredentialList
    from .v1.participant_conversations import ParticipantConversationList
    from .v1.roles import RoleList
    from .v1.services import ServiceList
    from .v1.users import UserList


class Conversations(Domain):
    """The ``conversations.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def address_configurations(self) -> ConfigurationAddressList:
        """``v1.address_configurations`` (twilio-python's domain-level name)."""
        return self.v1.address_configurations

    @property
    def configuration(self) -> ConfigurationList:
        """``v1.configuration`` (twilio-python's domain-level name)."""
        return self.v1.configuration

    @property
    def conversation_with_participants(self) -> ConversationWithParticipantsList:
        """``v1.conversation_with_participants`` (twilio-python's domain-level name)."""
        return self.v1.conversation_with_participants

    @property
    def conversations(self) -> ConversationList:
        """``v1.conversations`` (twilio-python's domain-level name)."""
        return self.v1.conversations

    @property
    def credentials(self) -> CredentialList:
        """``v1.credentials`` (twilio-python's domain-level name)."""
        return self.v1.credentials

    @property
    def participant_conversations(self) -> ParticipantConversationList:
        """``v1.participant_conversations`` (twilio-python's domain-level name)."""
        return self.v1.participant_conversations

    @property
    def roles(self) -> RoleList:
        """``v1.roles`` (twilio-python's domain-level name)."""
        return self.v1.roles

    @property
    def services(self) -> ServiceList:
        """``v1.services`` (twilio-python's domain-level name)."""
        return self.v1.services

    @property
    def users(self) -> UserList:
        """``v1.users`` (twilio-python's domain-level name)."""
        return self.v1.users
