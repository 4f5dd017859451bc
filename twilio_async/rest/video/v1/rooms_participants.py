# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipant resources (``rooms.participants``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .enums import RoomParticipantStatus
    from .rooms_participants_anonymize import RoomParticipantAnonymizeList
    from .rooms_participants_published_tracks import RoomParticipantPublishedTrackList
    from .rooms_participants_subscribe_rules import SubscribeRulesList
    from .rooms_participants_subscribed_tracks import RoomParticipantSubscribedTrackList
    from .types.rooms_participants import RoomParticipant

_TYPES = Models(__package__, ".types.rooms_participants")
_MODEL = _TYPES("RoomParticipant")
_LIST_PATH = "/v1/Rooms/{0}/Participants"
_INSTANCE_PATH = "/v1/Rooms/{0}/Participants/{1}"
_LIST: Operation[RoomParticipant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("identity", "Identity", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
)
_FETCH: Operation[RoomParticipant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RoomParticipant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string"))


class RoomParticipantFilters(Args):
    status: RoomParticipantStatus | str | NotGiven = NOT_GIVEN
    identity: str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN


class RoomParticipantListArgs(RoomParticipantFilters, ListArgs): ...


class RoomParticipantPageArgs(RoomParticipantFilters, PageArgs): ...


class RoomParticipantUpdateArgs(Args):
    status: RoomParticipantStatus | str | NotGiven = NOT_GIVEN


class RoomParticipantContext(InstanceContext):
    """One RoomParticipant: ``/v1/Rooms/{RoomSid}/Participants/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RoomParticipant: ``GET /v1/Rooms/{RoomSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipant

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this RoomParticipant: ``GET /v1/Rooms/{RoomSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipant

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        RoomParticipantUpdateArgs,
        """Update this RoomParticipant: ``POST /v1/Rooms/{RoomSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipant

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update this RoomParticipant: ``POST /v1/Rooms/{RoomSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipant

    Twilio docs: https://www.twilio.com/docs/video
    """
    anonymize: Child[RoomParticipantAnonymizeList] = Child(
        ".rooms_participants_anonymize", "RoomParticipantAnonymizeList"
    )
    published_tracks: Child[RoomParticipantPublishedTrackList] = Child(
        ".rooms_participants_published_tracks", "RoomParticipantPublishedTrackList"
    )
    subscribe_rules: Child[SubscribeRulesList] = Child(
        ".rooms_participants_subscribe_rules", "SubscribeRulesList"
    )
    subscribed_tracks: Child[RoomParticipantSubscribedTrackList] = Child(
        ".rooms_participants_subscribed_tracks", "RoomParticipantSubscribedTrackList"
    )


class RoomParticipantList(KeyedList[RoomParticipantContext]):
    """RoomParticipant collection: ``/v1/Rooms/{RoomSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        RoomParticipantListArgs,
        """List RoomParticipant resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipant]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List RoomParticipant resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipant]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        RoomParticipantListArgs,
        """Stream RoomParticipant resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipant.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream RoomParticipant resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipant.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        RoomParticipantPageArgs,
        """One page of RoomParticipant resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipant]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of RoomParticipant resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomParticipantStatus | str): ``Status``; enum:room_participant_status; one of ``connected``, ``disconnected``, ``reconnecting``; optional.
        identity (str): ``Identity``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipant]

    Twilio docs: https://www.twilio.com/docs/video
    """
