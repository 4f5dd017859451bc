# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ContentAndApprovals resources (``content_and_approvals``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.content_and_approvals import ContentAndApprovals

_TYPES = Models(__package__, ".types.content_and_approvals")
_MODEL = _TYPES("ContentAndApprovals")
_LIST_PATH = "/v1/ContentAndApprovals"
_LIST: Operation[ContentAndApprovals] = Operation(
    "content_and_approvals.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
)


class ContentAndApprovalsList(ListResource):
    """ContentAndApprovals collection: ``/v1/ContentAndApprovals``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List ContentAndApprovals resources, every page up to ``limit`` items: ``GET /v1/ContentAndApprovals``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ContentAndApprovals]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """List ContentAndApprovals resources, every page up to ``limit`` items: ``GET /v1/ContentAndApprovals``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ContentAndApprovals]

    Twilio docs: https://www.twilio.com/docs/content
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ContentAndApprovals resources, one page in memory at a time: ``GET /v1/ContentAndApprovals``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ContentAndApprovals.

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Stream ContentAndApprovals resources, one page in memory at a time: ``GET /v1/ContentAndApprovals``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ContentAndApprovals.

    Twilio docs: https://www.twilio.com/docs/content
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ContentAndApprovals resources (``next_page()`` moves on): ``GET /v1/ContentAndApprovals``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ContentAndApprovals]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """One page of ContentAndApprovals resources (``next_page()`` moves on): ``GET /v1/ContentAndApprovals``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ContentAndApprovals]

    Twilio docs: https://www.twilio.com/docs/content
    """
