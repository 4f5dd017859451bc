# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""UserChannel models (``services.users.user_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import UserChannelChannelStatus, UserChannelNotificationLevel

if TYPE_CHECKING:
    from ..services_users_user_channels import UserChannelContext


class UserChannel(InstanceModel["UserChannelContext"]):
    """A UserChannel as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    channel_sid: str
    user_sid: str | None = None
    member_sid: str | None = None
    status: UserChannelChannelStatus | None = None
    last_consumed_message_index: WireInt | None = None
    unread_messages_count: WireInt | None = None
    links: dict[str, Any] | None = None
    url: str | None = None
    notification_level: UserChannelNotificationLevel | None = None

    _key_field = "channel_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserChannelContext.fetch
        update: ClassVar = UserChannelContext.update
        delete: ClassVar = UserChannelContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_users_user_channels import UserChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
