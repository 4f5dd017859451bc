# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipantPublishedTrack resources (``rooms.participants.published_tracks``)."""

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
    from .types.rooms_participants_published_tracks import RoomParticipantPublishedTrack

_TYPES = Models(__package__, ".types.rooms_participants_published_tracks")
_MODEL = _TYPES("RoomParticipantPublishedTrack")
_LIST_PATH = "/v1/Rooms/{0}/Participants/{1}/PublishedTracks"
_INSTANCE_PATH = "/v1/Rooms/{0}/Participants/{1}/PublishedTracks/{2}"
_LIST: Operation[RoomParticipantPublishedTrack] = Operation(
    "published_tracks.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="published_tracks",
    model=_MODEL,
)
_FETCH: Operation[RoomParticipantPublishedTrack] = Operation(
    "published_tracks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class RoomParticipantPublishedTrackContext(InstanceContext):
    """One RoomParticipantPublishedTrack: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RoomParticipantPublishedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantPublishedTrack

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this RoomParticipantPublishedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantPublishedTrack

    Twilio docs: https://www.twilio.com/docs/video
    """


class RoomParticipantPublishedTrackList(KeyedList[RoomParticipantPublishedTrackContext]):
    """RoomParticipantPublishedTrack collection: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List RoomParticipantPublishedTrack resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipantPublishedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List RoomParticipantPublishedTrack resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomParticipantPublishedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RoomParticipantPublishedTrack resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipantPublishedTrack.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream RoomParticipantPublishedTrack resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomParticipantPublishedTrack.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RoomParticipantPublishedTrack resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipantPublishedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of RoomParticipantPublishedTrack resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomParticipantPublishedTrack]

    Twilio docs: https://www.twilio.com/docs/video
    """
