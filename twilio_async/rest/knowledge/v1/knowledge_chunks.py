# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""KnowledgeChunk resources (``knowledge.chunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.knowledge_chunks import KnowledgeChunk

_TYPES = Models(__package__, ".types.knowledge_chunks")
_MODEL = _TYPES("KnowledgeChunk")
_LIST_PATH = "/v1/Knowledge/{0}/Chunks"
_LIST: Operation[KnowledgeChunk] = Operation(
    "chunks.list", "GET", _LIST_PATH, body="none", list_key="chunks", model=_MODEL
)


class KnowledgeChunkList(ListResource):
    """KnowledgeChunk collection: ``/v1/Knowledge/{id}/Chunks``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List KnowledgeChunk resources, every page up to ``limit`` items: ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[KnowledgeChunk]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List KnowledgeChunk resources, every page up to ``limit`` items: ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[KnowledgeChunk]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream KnowledgeChunk resources, one page in memory at a time: ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of KnowledgeChunk.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream KnowledgeChunk resources, one page in memory at a time: ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of KnowledgeChunk.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of KnowledgeChunk resources (``next_page()`` moves on): ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[KnowledgeChunk]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of KnowledgeChunk resources (``next_page()`` moves on): ``GET /v1/Knowledge/{id}/Chunks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[KnowledgeChunk]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
