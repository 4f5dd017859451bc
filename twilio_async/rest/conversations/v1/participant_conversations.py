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
    list = _LIST.list_method(ParticipantConversationListArgs)
    """List ParticipantConversation resources: ``GET /v1/ParticipantConversations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ParticipantConversationListArgs)
    """Stream ParticipantConversation resources: ``GET /v1/ParticipantConversations``; one page in memory at a time."""
    page = _LIST.page_method(ParticipantConversationPageArgs)
    """One page of ParticipantConversation resources: ``GET /v1/ParticipantConversations``; ``next_page()`` moves on."""
