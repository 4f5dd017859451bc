# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Session resources (``sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .sessions_messages import MessageList
    from .types.sessions import Session

_TYPES = Models(__package__, ".types.sessions")
_MODEL = _TYPES("Session")
_LIST_PATH = "/v1/Sessions"
_INSTANCE_PATH = "/v1/Sessions/{0}"
_LIST: Operation[Session] = Operation(
    "sessions.list", "GET", _LIST_PATH, body="none", list_key="sessions", model=_MODEL
)
_FETCH: Operation[Session] = Operation(
    "sessions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SessionContext(InstanceContext):
    """One Session: ``/v1/Sessions/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Session: ``GET /v1/Sessions/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Session: ``GET /v1/Sessions/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    messages: Child[MessageList] = Child(".sessions_messages", "MessageList")


class SessionList(KeyedList[SessionContext]):
    """Session collection: ``/v1/Sessions``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(
        ListArgs,
        """List Session resources, every page up to ``limit`` items: ``GET /v1/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Session]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Session resources, every page up to ``limit`` items: ``GET /v1/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Session]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Session resources, one page in memory at a time: ``GET /v1/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Session.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Session resources, one page in memory at a time: ``GET /v1/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Session.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Session resources (``next_page()`` moves on): ``GET /v1/Sessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Session]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Session resources (``next_page()`` moves on): ``GET /v1/Sessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Session]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
