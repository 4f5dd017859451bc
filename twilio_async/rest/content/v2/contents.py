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
    list = _LIST.list_method(ContentListArgs)
    """List Content resources: ``GET /v2/Content``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ContentListArgs)
    """Stream Content resources: ``GET /v2/Content``; one page in memory at a time."""
    page = _LIST.page_method(ContentPageArgs)
    """One page of Content resources: ``GET /v2/Content``; ``next_page()`` moves on."""
