# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""ConferenceParticipant resources (``conferences.conference_participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.conferences_conference_participants import ConferenceParticipant

_TYPES = Models(__package__, ".types.conferences_conference_participants")
_MODEL = _TYPES("ConferenceParticipant")
_LIST_PATH = "/v1/Conferences/{0}/Participants"
_INSTANCE_PATH = "/v1/Conferences/{0}/Participants/{1}"
_LIST: Operation[ConferenceParticipant] = Operation(
    "conference_participants.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="participants",
    model=_MODEL,
).with_params(
    P("participant_sid", "ParticipantSid", QUERY, "string"),
    P("label", "Label", QUERY, "string"),
    P("events", "Events", QUERY, "string"),
)
_FETCH: Operation[ConferenceParticipant] = Operation(
    "conference_participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("events", "Events", QUERY, "string"), P("metrics", "Metrics", QUERY, "string"))


class ConferenceParticipantFilters(Args):
    participant_sid: str | NotGiven = NOT_GIVEN
    label: str | NotGiven = NOT_GIVEN
    events: str | NotGiven = NOT_GIVEN


class ConferenceParticipantListArgs(ConferenceParticipantFilters, ListArgs): ...


class ConferenceParticipantPageArgs(ConferenceParticipantFilters, PageArgs): ...


class ConferenceParticipantFetchArgs(Args):
    events: str | NotGiven = NOT_GIVEN
    metrics: str | NotGiven = NOT_GIVEN


class ConferenceParticipantContext(InstanceContext):
    """One ConferenceParticipant: ``/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(ConferenceParticipantFetchArgs)
    """Fetch this ConferenceParticipant: ``GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}``."""


class ConferenceParticipantList(KeyedList[ConferenceParticipantContext]):
    """ConferenceParticipant collection: ``/v1/Conferences/{ConferenceSid}/Participants``."""

    __slots__ = ()
    _key = ("ParticipantSid", "participant_sid", "^CP[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ConferenceParticipantListArgs)
    """List ConferenceParticipant resources: ``GET /v1/Conferences/{ConferenceSid}/Participants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ConferenceParticipantListArgs)
    """Stream ConferenceParticipant resources: ``GET /v1/Conferences/{ConferenceSid}/Participants``; one page in memory at a time."""
    page = _LIST.page_method(ConferenceParticipantPageArgs)
    """One page of ConferenceParticipant resources: ``GET /v1/Conferences/{ConferenceSid}/Participants``; ``next_page()`` moves on."""
