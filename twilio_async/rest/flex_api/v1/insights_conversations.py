# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsConversations resources (``insights_conversations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    HEADER,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.insights_conversations import InsightsConversations

_TYPES = Models(__package__, ".types.insights_conversations")
_MODEL = _TYPES("InsightsConversations")
_LIST_PATH = "/v1/Insights/Conversations"
_LIST: Operation[InsightsConversations] = Operation(
    "insights_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("segment_id", "SegmentId", QUERY, "string"),
)


class InsightsConversationsFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    segment_id: str | NotGiven = NOT_GIVEN


class InsightsConversationsListArgs(InsightsConversationsFilters, ListArgs): ...


class InsightsConversationsPageArgs(InsightsConversationsFilters, PageArgs): ...


class InsightsConversationsList(ListResource):
    """InsightsConversations collection: ``/v1/Insights/Conversations``."""

    __slots__ = ()
    list = _LIST.list_method(
        InsightsConversationsListArgs,
        """List InsightsConversations resources, every page up to ``limit`` items: ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsConversations]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsConversations resources, every page up to ``limit`` items: ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsConversations]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsConversationsListArgs,
        """Stream InsightsConversations resources, one page in memory at a time: ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsConversations.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsConversations resources, one page in memory at a time: ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsConversations.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsConversationsPageArgs,
        """One page of InsightsConversations resources (``next_page()`` moves on): ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsConversations]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsConversations resources (``next_page()`` moves on): ``GET /v1/Insights/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsConversations]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
