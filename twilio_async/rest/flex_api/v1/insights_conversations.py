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
    list = _LIST.list_method(InsightsConversationsListArgs)
    """List InsightsConversations resources: ``GET /v1/Insights/Conversations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(InsightsConversationsListArgs)
    """Stream InsightsConversations resources: ``GET /v1/Insights/Conversations``; one page in memory at a time."""
    page = _LIST.page_method(InsightsConversationsPageArgs)
    """One page of InsightsConversations resources: ``GET /v1/Insights/Conversations``; ``next_page()`` moves on."""
