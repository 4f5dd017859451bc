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
    fetch = _FETCH.call_method(Args)
    """Fetch this RoomParticipantSubscribedTrack: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}``."""


class RoomParticipantSubscribedTrackList(KeyedList[RoomParticipantSubscribedTrackContext]):
    """RoomParticipantSubscribedTrack collection: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^MT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List RoomParticipantSubscribedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream RoomParticipantSubscribedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of RoomParticipantSubscribedTrack resources: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks``; ``next_page()`` moves on."""
