# Generated from specs/content_v2.yaml by `make codegen`; do not edit.
"""Content resources (``contents``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .types.contents import Content

_TYPES = Models(__package__, ".types.contents")
_MODEL = _TYPES("Content")
_LIST_PATH = "/v2/Content"
_LIST: Operation[Content] = Operation(
    "contents.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
).with_params(
    P("sort_by_date", "SortByDate", QUERY, "string"),
    P("sort_by_content_name", "SortByContentName", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("content_name", "ContentName", QUERY, "string"),
    P("content", "Content", QUERY, "string"),
    P("language", "Language", QUERY, "string", many=True),
    P("content_type", "ContentType", QUERY, "string", many=True),
    P("channel_eligibility", "ChannelEligibility", QUERY, "string", many=True),
)


class ContentFilters(Args):
    sort_by_date: str | NotGiven = NOT_GIVEN
    sort_by_content_name: str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    content_name: str | NotGiven = NOT_GIVEN
    content: str | NotGiven = NOT_GIVEN
    language: Sequence[str] | NotGiven = NOT_GIVEN
    content_type: Sequence[str] | NotGiven = NOT_GIVEN
    channel_eligibility: Sequence[str] | NotGiven = NOT_GIVEN


class ContentListArgs(ContentFilters, ListArgs): ...


class ContentPageArgs(ContentFilters, PageArgs): ...


class ContentList(ListResource):
    """Content collection: ``/v2/Content``."""

    __slots__ = ()
    list = _LIST.list_method(
        ContentListArgs,
        """List Content resources, every page up to ``limit`` items: ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """List Content resources, every page up to ``limit`` items: ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """
    stream = _LIST.stream_method(
        ContentListArgs,
        """Stream Content resources, one page in memory at a time: ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Stream Content resources, one page in memory at a time: ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.

    Twilio docs: https://www.twilio.com/docs/content
    """
    page = _LIST.page_method(
        ContentPageArgs,
        """One page of Content resources (``next_page()`` moves on): ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """One page of Content resources (``next_page()`` moves on): ``GET /v2/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        sort_by_date (str): ``SortByDate``; string; optional.
        sort_by_content_name (str): ``SortByContentName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        content_name (str): ``ContentName``; string; optional.
        content (str): ``Content``; string; optional.
        language (Sequence[str]): ``Language``; list<string>; optional.
        content_type (Sequence[str]): ``ContentType``; list<string>; optional.
        channel_eligibility (Sequence[str]): ``ChannelEligibility``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """
