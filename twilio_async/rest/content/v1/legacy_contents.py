# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""LegacyContent resources (``legacy_contents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.legacy_contents import LegacyContent

_TYPES = Models(__package__, ".types.legacy_contents")
_MODEL = _TYPES("LegacyContent")
_LIST_PATH = "/v1/LegacyContent"
_LIST: Operation[LegacyContent] = Operation(
    "legacy_contents.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
)


class LegacyContentList(ListResource):
    """LegacyContent collection: ``/v1/LegacyContent``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List LegacyContent resources, every page up to ``limit`` items: ``GET /v1/LegacyContent``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[LegacyContent]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """List LegacyContent resources, every page up to ``limit`` items: ``GET /v1/LegacyContent``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[LegacyContent]

    Twilio docs: https://www.twilio.com/docs/content
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream LegacyContent resources, one page in memory at a time: ``GET /v1/LegacyContent``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of LegacyContent.

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Stream LegacyContent resources, one page in memory at a time: ``GET /v1/LegacyContent``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of LegacyContent.

    Twilio docs: https://www.twilio.com/docs/content
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of LegacyContent resources (``next_page()`` moves on): ``GET /v1/LegacyContent``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[LegacyContent]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """One page of LegacyContent resources (``next_page()`` moves on): ``GET /v1/LegacyContent``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[LegacyContent]

    Twilio docs: https://www.twilio.com/docs/content
    """
