# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipantSubscribedTrack resources (``rooms.participants.subscribed_tracks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.rooms_participants_subscribed_tracks import RoomParticipantSubscribedTrack

_TYPES = Models(__package__, ".types.rooms_participants_subscribed_tracks")
_MODEL = _TYPES("RoomParticipantSubscribedTrack")
_LIST_PATH = "/v1/Rooms/{0}/Participants/{1}/SubscribedTracks"
_INSTANCE_PATH = "/v1/Rooms/{0}/Participants/{1}/SubscribedTracks/{2}"
_LIST: Operation[RoomParticipantSubscribedTrack] = Operation(
    "subscribed_tracks.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="subscribed_tracks",
    model=_MODEL,
)
_FETCH: Operation[RoomParticipantSubscribedTrack] = Operation(
    "subscribed_tracks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class RoomParticipantSubscribedTrackContext(InstanceContext):
    """One RoomParticipantSubscribedTrack: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RoomParticipantSubscribedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantSubscribedTrack

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this RoomParticipantSubscribedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantSubscribedTrack

    Twilio docs: https://www.twilio.com/docs/video
    """


class RoomParticipantSubscribedTrackList(KeyedList[RoomParticipantSubscribedTrackContext]):
    """RoomParticipantSubscribedTrack collection: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^MT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List RoomParticipantSubscribedTrack resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipantSubscribedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List RoomParticipantSubscribedTrack resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipantSubscribedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RoomParticipantSubscribedTrack resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipantSubscribedTrack.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream RoomParticipantSubscribedTrack resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipantSubscribedTrack.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RoomParticipantSubscribedTrack resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipantSubscribedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of RoomParticipantSubscribedTrack resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipantSubscribedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """
