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
    list = _LIST.list_method(ServiceParticipantConversationListArgs)
    """List ServiceParticipantConversation resources: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ServiceParticipantConversationListArgs)
    """Stream ServiceParticipantConversation resources: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``; one page in memory at a time."""
    page = _LIST.page_method(ServiceParticipantConversationPageArgs)
    """One page of ServiceParticipantConversation resources: ``GET /v1/Services/{ChatServiceSid}/ParticipantConversations``; ``next_page()`` moves on."""
