# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationMessageReceipt resources (``conversations.messages.delivery_receipts``)."""

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
    from .types.conversations_messages_delivery_receipts import ConversationMessageReceipt

_TYPES = Models(__package__, ".types.conversations_messages_delivery_receipts")
_MODEL = _TYPES("ConversationMessageReceipt")
_LIST_PATH = "/v1/Conversations/{0}/Messages/{1}/Receipts"
_INSTANCE_PATH = "/v1/Conversations/{0}/Messages/{1}/Receipts/{2}"
_LIST: Operation[ConversationMessageReceipt] = Operation(
    "delivery_receipts.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="delivery_receipts",
    model=_MODEL,
)
_FETCH: Operation[ConversationMessageReceipt] = Operation(
    "delivery_receipts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ConversationMessageReceiptContext(InstanceContext):
    """One ConversationMessageReceipt: ``/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConversationMessageReceipt: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessageReceipt

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConversationMessageReceipt: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationMessageReceipt

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ConversationMessageReceiptList(KeyedList[ConversationMessageReceiptContext]):
    """ConversationMessageReceipt collection: ``/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List ConversationMessageReceipt resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ConversationMessageReceipt resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ConversationMessageReceipt resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationMessageReceipt.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ConversationMessageReceipt resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationMessageReceipt.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ConversationMessageReceipt resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ConversationMessageReceipt resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationMessageReceipt]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
