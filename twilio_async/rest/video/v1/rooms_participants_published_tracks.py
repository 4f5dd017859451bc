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
    fetch = _FETCH.call_method(Args)
    """Fetch this RoomParticipantPublishedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}``."""


class RoomParticipantPublishedTrackList(KeyedList[RoomParticipantPublishedTrackContext]):
    """RoomParticipantPublishedTrack collection: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(ListArgs)
    """List RoomParticipantPublishedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream RoomParticipantPublishedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of RoomParticipantPublishedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks``; ``next_page()`` moves on."""
