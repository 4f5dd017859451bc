# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Message resources (``sessions.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sessions_messages import Message

_TYPES = Models(__package__, ".types.sessions_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/v1/Sessions/{0}/Messages"
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
)


class MessageList(ListResource):
    """Message collection: ``/v1/Sessions/{sessionId}/Messages``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List Message resources, every page up to ``limit`` items: ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Message resources, every page up to ``limit`` items: ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Message resources, one page in memory at a time: ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Message resources, one page in memory at a time: ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Message resources (``next_page()`` moves on): ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Message resources (``next_page()`` moves on): ``GET /v1/Sessions/{sessionId}/Messages``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
