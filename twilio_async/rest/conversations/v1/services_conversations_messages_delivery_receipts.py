# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationMessageReceipt resources (``services.conversations.messages.delivery_receipts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_conversations_messages_delivery_receipts import (
        ServiceConversationMessageReceipt,
    )

_TYPES = Models(__package__, ".types.services_conversations_messages_delivery_receipts")
_MODEL = _TYPES("ServiceConversationMessageReceipt")
_LIST_PATH = "/v1/Services/{0}/Conversations/{1}/Messages/{2}/Receipts"
_INSTANCE_PATH = "/v1/Services/{0}/Conversations/{1}/Messages/{2}/Receipts/{3}"
_LIST: Operation[ServiceConversationMessageReceipt] = Operation(
    "delivery_receipts.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="delivery_receipts",
    model=_MODEL,
)
_FETCH: Operation[ServiceConversationMessageReceipt] = Operation(
    "delivery_receipts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ServiceConversationMessageReceiptContext(InstanceContext):
    """One ServiceConversationMessageReceipt: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceConversationMessageReceipt: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationMessageReceipt

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceConversationMessageReceipt: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationMessageReceipt

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceConversationMessageReceiptList(KeyedList[ServiceConversationMessageReceiptContext]):
    """ServiceConversationMessageReceipt collection: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List ServiceConversationMessageReceipt resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceConversationMessageReceipt resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ServiceConversationMessageReceipt resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversationMessageReceipt.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceConversationMessageReceipt resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversationMessageReceipt.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ServiceConversationMessageReceipt resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceConversationMessageReceipt resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
