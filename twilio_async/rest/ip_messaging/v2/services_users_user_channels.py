# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""UserChannel resources (``services.users.user_channels``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import UserChannelNotificationLevel
    from .types.services_users_user_channels import UserChannel

_TYPES = Models(__package__, ".types.services_users_user_channels")
_MODEL = _TYPES("UserChannel")
_LIST_PATH = "/v2/Services/{0}/Users/{1}/Channels"
_INSTANCE_PATH = "/v2/Services/{0}/Users/{1}/Channels/{2}"
_LIST: Operation[UserChannel] = Operation(
    "user_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)
_FETCH: Operation[UserChannel] = Operation(
    "user_channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[UserChannel] = Operation(
    "user_channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("notification_level", "NotificationLevel", FORM, "string"),
    P("last_consumed_message_index", "LastConsumedMessageIndex", FORM, "integer"),
    P("last_consumption_timestamp", "LastConsumptionTimestamp", FORM, "datetime"),
)
_DELETE: Operation[None] = Operation("user_channels.delete", "DELETE", _INSTANCE_PATH, body="none")


class UserChannelUpdateArgs(Args):
    notification_level: UserChannelNotificationLevel | str | NotGiven = NOT_GIVEN
    last_consumed_message_index: int | NotGiven = NOT_GIVEN
    last_consumption_timestamp: datetime | date | str | NotGiven = NOT_GIVEN


class UserChannelContext(InstanceContext):
    """One UserChannel: ``/v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this UserChannel: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserChannel

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this UserChannel: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserChannel

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        UserChannelUpdateArgs,
        """Update this UserChannel: ``POST /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (UserChannelNotificationLevel | str): ``NotificationLevel``; enum:user_channel_notification_level; one of ``default``, ``muted``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserChannel

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this UserChannel: ``POST /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (UserChannelNotificationLevel | str): ``NotificationLevel``; enum:user_channel_notification_level; one of ``default``, ``muted``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        last_consumption_timestamp (datetime | date | str): ``LastConsumptionTimestamp``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserChannel

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this UserChannel: ``DELETE /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this UserChannel: ``DELETE /v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}``.

    The instance is addressed by ``{ChannelSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class UserChannelList(KeyedList[UserChannelContext]):
    """UserChannel collection: ``/v2/Services/{ServiceSid}/Users/{UserSid}/Channels``."""

    __slots__ = ()
    _key = ("ChannelSid", "channel_sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List UserChannel resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List UserChannel resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream UserChannel resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserChannel.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream UserChannel resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserChannel.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of UserChannel resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of UserChannel resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
