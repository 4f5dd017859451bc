# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Conference resources (``conferences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    Child,
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
    from .conferences_conference_participants import ConferenceParticipantList
    from .types.conferences import Conference

_TYPES = Models(__package__, ".types.conferences")
_MODEL = _TYPES("Conference")
_LIST_PATH = "/v1/Conferences"
_INSTANCE_PATH = "/v1/Conferences/{0}"
_LIST: Operation[Conference] = Operation(
    "conferences.list", "GET", _LIST_PATH, body="none", list_key="conferences", model=_MODEL
).with_params(
    P("conference_sid", "ConferenceSid", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("created_after", "CreatedAfter", QUERY, "string"),
    P("created_before", "CreatedBefore", QUERY, "string"),
    P("mixer_region", "MixerRegion", QUERY, "string"),
    P("tags", "Tags", QUERY, "string"),
    P("subaccount", "Subaccount", QUERY, "string"),
    P("detected_issues", "DetectedIssues", QUERY, "string"),
    P("end_reason", "EndReason", QUERY, "string"),
)
_FETCH: Operation[Conference] = Operation(
    "conferences.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ConferenceFilters(Args):
    conference_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN
    created_after: str | NotGiven = NOT_GIVEN
    created_before: str | NotGiven = NOT_GIVEN
    mixer_region: str | NotGiven = NOT_GIVEN
    tags: str | NotGiven = NOT_GIVEN
    subaccount: str | NotGiven = NOT_GIVEN
    detected_issues: str | NotGiven = NOT_GIVEN
    end_reason: str | NotGiven = NOT_GIVEN


class ConferenceListArgs(ConferenceFilters, ListArgs): ...


class ConferencePageArgs(ConferenceFilters, PageArgs): ...


class ConferenceContext(InstanceContext):
    """One Conference: ``/v1/Conferences/{ConferenceSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Conference: ``GET /v1/Conferences/{ConferenceSid}``."""
    conference_participants: Child[ConferenceParticipantList] = Child(
        ".conferences_conference_participants", "ConferenceParticipantList"
    )


class ConferenceList(KeyedList[ConferenceContext]):
    """Conference collection: ``/v1/Conferences``."""

    __slots__ = ()
    _key = ("ConferenceSid", "conference_sid", "^CF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ConferenceListArgs)
    """List Conference resources: ``GET /v1/Conferences``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ConferenceListArgs)
    """Stream Conference resources: ``GET /v1/Conferences``; one page in memory at a time."""
    page = _LIST.page_method(ConferencePageArgs)
    """One page of Conference resources: ``GET /v1/Conferences``; ``next_page()`` moves on."""
