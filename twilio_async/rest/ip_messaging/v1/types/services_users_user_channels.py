# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""UserChannel models (``services.users.user_channels``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireInt
from twilio_async._models import TwilioModel

from ..enums import UserChannelChannelStatus


class UserChannel(TwilioModel):
    """A UserChannel as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    channel_sid: str | None = None
    member_sid: str | None = None
    status: UserChannelChannelStatus | None = None
    last_consumed_message_index: WireInt | None = None
    unread_messages_count: WireInt | None = None
    links: dict[str, Any] | None = None
