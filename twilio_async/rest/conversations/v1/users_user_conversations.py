# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""UserConversation resources (``users.user_conversations``)."""

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
    from .enums import UserConversationNotificationLevel
    from .types.users_user_conversations import UserConversation

_TYPES = Models(__package__, ".types.users_user_conversations")
_MODEL = _TYPES("UserConversation")
_LIST_PATH = "/v1/Users/{0}/Conversations"
_INSTANCE_PATH = "/v1/Users/{0}/Conversations/{1}"
_LIST: Operation[UserConversation] = Operation(
    "user_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
)
_FETCH: Operation[UserConversation] = Operation(
    "user_conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[UserConversation] = Operation(
    "user_conversations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("notification_level", "NotificationLevel", FORM, "string"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "datetime"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "user_conversations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class UserConversationUpdateArgs(Args):
    notification_level: UserConversationNotificationLevel | str | NotGiven = NOT_GIVEN
    last_read_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN


class UserConversationContext(InstanceContext):
    """One UserConversation: ``/v1/Users/{UserSid}/Conversations/{ConversationSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this UserConversation: ``GET /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this UserConversation: ``GET /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        UserConversationUpdateArgs,
        """Update this UserConversation: ``POST /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (UserConversationNotificationLevel | str): ``NotificationLevel``; enum:user_conversation_notification_level; one of ``default``, ``muted``; optional.
        last_read_timestamp (datetime | date | str): ``LastReadTimestamp``; datetime; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this UserConversation: ``POST /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (UserConversationNotificationLevel | str): ``NotificationLevel``; enum:user_conversation_notification_level; one of ``default``, ``muted``; optional.
        last_read_timestamp (datetime | date | str): ``LastReadTimestamp``; datetime; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this UserConversation: ``DELETE /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this UserConversation: ``DELETE /v1/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class UserConversationList(KeyedList[UserConversationContext]):
    """UserConversation collection: ``/v1/Users/{UserSid}/Conversations``."""

    __slots__ = ()
    _key = ("ConversationSid", "conversation_sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List UserConversation resources, every page up to ``limit`` items: ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List UserConversation resources, every page up to ``limit`` items: ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream UserConversation resources, one page in memory at a time: ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream UserConversation resources, one page in memory at a time: ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of UserConversation resources (``next_page()`` moves on): ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of UserConversation resources (``next_page()`` moves on): ``GET /v1/Users/{UserSid}/Conversations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
