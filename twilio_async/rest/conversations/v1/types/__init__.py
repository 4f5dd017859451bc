# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Response models of conversations v1, loaded on first access: ``from twilio_async.rest.conversations.v1.types import Configuration``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_configurations import ConfigurationAddress as ConfigurationAddress
    from .configuration import Configuration as Configuration
    from .configuration_webhooks import ConfigurationWebhook as ConfigurationWebhook
    from .conversation_with_participants import (
        ConversationWithParticipants as ConversationWithParticipants,
    )
    from .conversations import Conversation as Conversation
    from .conversations_messages import ConversationMessage as ConversationMessage
    from .conversations_messages_delivery_receipts import (
        ConversationMessageReceipt as ConversationMessageReceipt,
    )
    from .conversations_participants import ConversationParticipant as ConversationParticipant
    from .conversations_webhooks import ConversationScopedWebhook as ConversationScopedWebhook
    from .credentials import Credential as Credential
    from .participant_conversations import ParticipantConversation as ParticipantConversation
    from .roles import Role as Role
    from .services import Service as Service
    from .services_bindings import ServiceBinding as ServiceBinding
    from .services_configuration import ServiceConfiguration as ServiceConfiguration
    from .services_configuration_notifications import ServiceNotification as ServiceNotification
    from .services_configuration_webhooks import (
        ServiceWebhookConfiguration as ServiceWebhookConfiguration,
    )
    from .services_conversation_with_participants import (
        ServiceConversationWithParticipants as ServiceConversationWithParticipants,
    )
    from .services_conversations import ServiceConversation as ServiceConversation
    from .services_conversations_messages import (
        ServiceConversationMessage as ServiceConversationMessage,
    )
    from .services_conversations_messages_delivery_receipts import (
        ServiceConversationMessageReceipt as ServiceConversationMessageReceipt,
    )
    from .services_conversations_participants import (
        ServiceConversationParticipant as ServiceConversationParticipant,
    )
    from .services_conversations_webhooks import (
        ServiceConversationScopedWebhook as ServiceConversationScopedWebhook,
    )
    from .services_participant_conversations import (
        ServiceParticipantConversation as ServiceParticipantConversation,
    )
    from .services_roles import ServiceRole as ServiceRole
    from .services_users import ServiceUser as ServiceUser
    from .services_users_user_conversations import (
        ServiceUserConversation as ServiceUserConversation,
    )
    from .users import User as User
    from .users_user_conversations import UserConversation as UserConversation

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Configuration": ".configuration",
    "ConfigurationAddress": ".address_configurations",
    "ConfigurationWebhook": ".configuration_webhooks",
    "Conversation": ".conversations",
    "ConversationMessage": ".conversations_messages",
    "ConversationMessageReceipt": ".conversations_messages_delivery_receipts",
    "ConversationParticipant": ".conversations_participants",
    "ConversationScopedWebhook": ".conversations_webhooks",
    "ConversationWithParticipants": ".conversation_with_participants",
    "Credential": ".credentials",
    "ParticipantConversation": ".participant_conversations",
    "Role": ".roles",
    "Service": ".services",
    "ServiceBinding": ".services_bindings",
    "ServiceConfiguration": ".services_configuration",
    "ServiceConversation": ".services_conversations",
    "ServiceConversationMessage": ".services_conversations_messages",
    "ServiceConversationMessageReceipt": ".services_conversations_messages_delivery_receipts",
    "ServiceConversationParticipant": ".services_conversations_participants",
    "ServiceConversationScopedWebhook": ".services_conversations_webhooks",
    "ServiceConversationWithParticipants": ".services_conversation_with_participants",
    "ServiceNotification": ".services_configuration_notifications",
    "ServiceParticipantConversation": ".services_participant_conversations",
    "ServiceRole": ".services_roles",
    "ServiceUser": ".services_users",
    "ServiceUserConversation": ".services_users_user_conversations",
    "ServiceWebhookConfiguration": ".services_configuration_webhooks",
    "User": ".users",
    "UserConversation": ".users_user_conversations",
}
__all__ = [
    "Configuration",
    "ConfigurationAddress",
    "ConfigurationWebhook",
    "Conversation",
    "ConversationMessage",
    "ConversationMessageReceipt",
    "ConversationParticipant",
    "ConversationScopedWebhook",
    "ConversationWithParticipants",
    "Credential",
    "ParticipantConversation",
    "Role",
    "Service",
    "ServiceBinding",
    "ServiceConfiguration",
    "ServiceConversation",
    "ServiceConversationMessage",
    "ServiceConversationMessageReceipt",
    "ServiceConversationParticipant",
    "ServiceConversationScopedWebhook",
    "ServiceConversationWithParticipants",
    "ServiceNotification",
    "ServiceParticipantConversation",
    "ServiceRole",
    "ServiceUser",
    "ServiceUserConversation",
    "ServiceWebhookConfiguration",
    "User",
    "UserConversation",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
