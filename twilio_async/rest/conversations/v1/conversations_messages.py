# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationMessage resources (``conversations.messages``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
    Args,
    Child,
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
    from .conversations_messages_delivery_receipts import ConversationMessageReceiptList
    from .enums import ConversationMessageOrderType, ConversationMessageWebhookEnabledType
    from .types.conversations_messages import ConversationMessage

_TYPES = Models(__package__, ".types.conversations_messages")
_MODEL = _TYPES("ConversationMessage")
_LIST_PATH = "/v1/Conversations/{0}/Messages"
_INSTANCE_PATH = "/v1/Conversations/{0}/Messages/{1}"
_CREATE: Operation[ConversationMessage] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("author", "Author", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("media_sid", "MediaSid", FORM, "string"),
    P("content_sid", "ContentSid", FORM, "string"),
    P("content_variables", "ContentVariables", FORM, "string"),
    P("subject", "Subject", FORM, "string"),
)
_LIST: Operation[ConversationMessage] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[ConversationMessage] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConversationMessage] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("author", "Author", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("subject", "Subject", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "messages.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ConversationMessageCreateArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    media_sid: str | NotGiven = NOT_GIVEN
    content_sid: str | NotGiven = NOT_GIVEN
    content_variables: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ConversationMessageFilters(Args):
    order: ConversationMessageOrderType | str | NotGiven = NOT_GIVEN


class ConversationMessageListArgs(ConversationMessageFilters, ListArgs): ...


class ConversationMessagePageArgs(ConversationMessageFilters, PageArgs): ...


class ConversationMessageUpdateArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ConversationMessageDeleteArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ConversationMessageContext(InstanceContext):
    """One ConversationMessage: ``/v1/Conversations/{ConversationSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConversationMessage: ``GET /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConversationMessage: ``GET /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConversationMessageUpdateArgs,
        """Update this ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        author (str): ``Author``; string; optional.
        body (str): ``Body``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        subject (str): ``Subject``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        author (str): ``Author``; string; optional.
        body (str): ``Body``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        subject (str): ``Subject``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        ConversationMessageDeleteArgs,
        """Delete this ConversationMessage: ``DELETE /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ConversationMessage: ``DELETE /v1/Conversations/{ConversationSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delivery_receipts: Child[ConversationMessageReceiptList] = Child(
        ".conversations_messages_delivery_receipts", "ConversationMessageReceiptList"
    )


class ConversationMessageList(KeyedList[ConversationMessageContext]):
    """ConversationMessage collection: ``/v1/Conversations/{ConversationSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ConversationMessageCreateArgs,
        """Create a ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        author (str): ``Author``; string; optional.
        body (str): ``Body``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        media_sid (str): ``MediaSid``; string; matching ``^ME[0-9a-fA-F]{32}$``; optional.
        content_sid (str): ``ContentSid``; string; matching ``^HX[0-9a-fA-F]{32}$``; optional.
        content_variables (str): ``ContentVariables``; string; optional.
        subject (str): ``Subject``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationMessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        author (str): ``Author``; string; optional.
        body (str): ``Body``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        media_sid (str): ``MediaSid``; string; matching ``^ME[0-9a-fA-F]{32}$``; optional.
        content_sid (str): ``ContentSid``; string; matching ``^HX[0-9a-fA-F]{32}$``; optional.
        content_variables (str): ``ContentVariables``; string; optional.
        subject (str): ``Subject``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessage

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ConversationMessageListArgs,
        """List ConversationMessage resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationMessage]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ConversationMessage resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationMessage]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ConversationMessageListArgs,
        """Stream ConversationMessage resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationMessage.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ConversationMessage resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationMessage.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ConversationMessagePageArgs,
        """One page of ConversationMessage resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationMessage]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ConversationMessage resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (ConversationMessageOrderType | str): ``Order``; enum:conversation_message_order_type; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationMessage]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
