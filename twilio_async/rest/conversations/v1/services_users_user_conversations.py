# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceUserConversation resources (``services.users.user_conversations``)."""

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
    from .enums import ServiceUserConversationNotificationLevel
    from .types.services_users_user_conversations import ServiceUserConversation

_TYPES = Models(__package__, ".types.services_users_user_conversations")
_MODEL = _TYPES("ServiceUserConversation")
_LIST_PATH = "/v1/Services/{0}/Users/{1}/Conversations"
_INSTANCE_PATH = "/v1/Services/{0}/Users/{1}/Conversations/{2}"
_LIST: Operation[ServiceUserConversation] = Operation(
    "user_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
)
_FETCH: Operation[ServiceUserConversation] = Operation(
    "user_conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceUserConversation] = Operation(
    "user_conversations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("notification_level", "NotificationLevel", FORM, "string"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "datetime"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "user_conversations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ServiceUserConversationUpdateArgs(Args):
    notification_level: ServiceUserConversationNotificationLevel | str | NotGiven = NOT_GIVEN
    last_read_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN


class ServiceUserConversationContext(InstanceContext):
    """One ServiceUserConversation: ``/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceUserConversation: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceUserConversation: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceUserConversationUpdateArgs,
        """Update this ServiceUserConversation: ``POST /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (ServiceUserConversationNotificationLevel | str): ``NotificationLevel``; enum:service_user_conversation_notification_level; one of ``default``, ``muted``; optional.
        last_read_timestamp (datetime | date | str): ``LastReadTimestamp``; datetime; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceUserConversation: ``POST /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        notification_level (ServiceUserConversationNotificationLevel | str): ``NotificationLevel``; enum:service_user_conversation_notification_level; one of ``default``, ``muted``; optional.
        last_read_timestamp (datetime | date | str): ``LastReadTimestamp``; datetime; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUserConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ServiceUserConversation: ``DELETE /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceUserConversation: ``DELETE /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``.

    The instance is addressed by ``{ConversationSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceUserConversationList(KeyedList[ServiceUserConversationContext]):
    """ServiceUserConversation collection: ``/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``."""

    __slots__ = ()
    _key = ("ConversationSid", "conversation_sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List ServiceUserConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceUserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceUserConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceUserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ServiceUserConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceUserConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceUserConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceUserConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ServiceUserConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceUserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceUserConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceUserConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
