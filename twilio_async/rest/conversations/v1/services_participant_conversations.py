# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceParticipantConversation resources (``services.participant_conversations``)."""

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
    from .types.services_participant_conversations import ServiceParticipantConversation

_TYPES = Models(__package__, ".types.services_participant_conversations")
_MODEL = _TYPES("ServiceParticipantConversation")
_LIST_PATH = "/v1/Services/{0}/ParticipantConversations"
_LIST: Operation[ServiceParticipantConversation] = Operation(
    "participant_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
).with_params(P("identity", "Identity", QUERY, "string"), P("address", "Address", QUERY, "string"))


class ServiceParticipantConversationFilters(Args):
    identity: str | NotGiven = NOT_GIVEN
    address: str | NotGiven = NOT_GIVEN


class ServiceParticipantConversationListArgs(ServiceParticipantConversationFilters, ListArgs): ...


class ServiceParticipantConversationPageArgs(ServiceParticipantConversationFilters, PageArgs): ...


class ServiceParticipantConversationList(ListResource):
    """ServiceParticipantConversation collection: ``/v1/Services/{ChatServiceSid}/ParticipantConversations``."""

    __slots__ = ()
    list = _LIST.list_method(
        ServiceParticipantConversationListArgs,
        """List ServiceParticipantConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceParticipantConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ServiceParticipantConversationListArgs,
        """Stream ServiceParticipantConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceParticipantConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceParticipantConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceParticipantConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ServiceParticipantConversationPageArgs,
        """One page of ServiceParticipantConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceParticipantConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (str): ``Identity``; string; optional.
        address (str): ``Address``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceParticipantConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
