# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ParticipantConversation resources (``participant_conversations``)."""

from __future__ import annotations

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
    from .types.participant_conversations import ParticipantConversation

_TYPES = Models(__package__, ".types.participant_conversations")
_MODEL = _TYPES("ParticipantConversation")
_LIST_PATH = "/v1/ParticipantConversations"
_LIST: Operation[ParticipantConversation] = Operation(
    "participant_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
).with_params(P("identity", "Identity", QUERY, "string"), P("address", "Address", QUERY, "string"))


class ParticipantConversationFilters(Args):
    identity: str | NotGiven = NOT_GIVEN
    address: str | NotGiven = NOT_GIVEN


class ParticipantConversationListArgs(ParticipantConversationFilters, ListArgs): ...


class ParticipantConversationPageArgs(ParticipantConversationFilters, PageArgs): ...


class ParticipantConversationList(ListResource):
    """ParticipantConversation collection: ``/v1/ParticipantConversations``."""

    __slots__ = ()
    list = _LIST.list_method(
        ParticipantConversationListArgs,
        """List ParticipantConversation resources, every page up to ``limit`` items: ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ParticipantConversation resources, every page up to ``limit`` items: ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ParticipantConversationListArgs,
        """Stream ParticipantConversation resources, one page in memory at a time: ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ParticipantConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ParticipantConversation resources, one page in memory at a time: ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ParticipantConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ParticipantConversationPageArgs,
        """One page of ParticipantConversation resources (``next_page()`` moves on): ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ParticipantConversation resources (``next_page()`` moves on): ``GET /v1/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
