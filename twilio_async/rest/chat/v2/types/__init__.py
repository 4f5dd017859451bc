# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""Response models of chat v2, loaded on first access: ``from twilio_async.rest.chat.v2.types import Binding``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .credentials import Credential as Credential
    from .services import Service as Service
    from .services_bindings import Binding as Binding
    from .services_channels import Channel as Channel
    from .services_channels_invites import Invite as Invite
    from .services_channels_members import Member as Member
    from .services_channels_messages import Message as Message
    from .services_channels_webhooks import ChannelWebhook as ChannelWebhook
    from .services_roles import Role as Role
    from .services_users import User as User
    from .services_users_user_bindings import UserBinding as UserBinding
    from .services_users_user_channels import UserChannel as UserChannel

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Binding": ".services_bindings",
    "Channel": ".services_channels",
    "ChannelWebhook": ".services_channels_webhooks",
    "Credential": ".credentials",
    "Invite": ".services_channels_invites",
    "Member": ".services_channels_members",
    "Message": ".services_channels_messages",
    "Role": ".services_roles",
    "Service": ".services",
    "User": ".services_users",
    "UserBinding": ".services_users_user_bindings",
    "UserChannel": ".services_users_user_channels",
}
__all__ = [
    "Binding",
    "Channel",
    "ChannelWebhook",
    "Credential",
    "Invite",
    "Member",
    "Message",
    "Role",
    "Service",
    "User",
    "UserBinding",
    "UserChannel",
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
