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
    fetch = _FETCH.call_method(
        ConferenceParticipantFetchArgs,
        """Fetch this ConferenceParticipant: ``GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}``.

    The instance is addressed by ``{ParticipantSid}``, matching ``^CP[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        events (str): ``Events``; string; optional.
        metrics (str): ``Metrics``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceParticipant

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this ConferenceParticipant: ``GET /v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}``.

    The instance is addressed by ``{ParticipantSid}``, matching ``^CP[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        events (str): ``Events``; string; optional.
        metrics (str): ``Metrics``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceParticipant

    Twilio docs: https://www.twilio.com/docs/voice
    """


class ConferenceParticipantList(KeyedList[ConferenceParticipantContext]):
    """ConferenceParticipant collection: ``/v1/Conferences/{ConferenceSid}/Participants``."""

    __slots__ = ()
    _key = ("ParticipantSid", "participant_sid", "^CP[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ConferenceParticipantListArgs,
        """List ConferenceParticipant resources, every page up to ``limit`` items: ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConferenceParticipant]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List ConferenceParticipant resources, every page up to ``limit`` items: ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConferenceParticipant]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        ConferenceParticipantListArgs,
        """Stream ConferenceParticipant resources, one page in memory at a time: ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConferenceParticipant.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream ConferenceParticipant resources, one page in memory at a time: ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConferenceParticipant.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        ConferenceParticipantPageArgs,
        """One page of ConferenceParticipant resources (``next_page()`` moves on): ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConferenceParticipant]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of ConferenceParticipant resources (``next_page()`` moves on): ``GET /v1/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        participant_sid (str): ``ParticipantSid``; string; optional.
        label (str): ``Label``; string; optional.
        events (str): ``Events``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConferenceParticipant]

    Twilio docs: https://www.twilio.com/docs/voice
    """
