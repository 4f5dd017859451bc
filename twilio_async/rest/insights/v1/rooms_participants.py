# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""VideoParticipantSummary resources (``rooms.participants``)."""

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
    from .types.rooms_participants import VideoParticipantSummary

_TYPES = Models(__package__, ".types.rooms_participants")
_MODEL = _TYPES("VideoParticipantSummary")
_LIST_PATH = "/v1/Video/Rooms/{0}/Participants"
_INSTANCE_PATH = "/v1/Video/Rooms/{0}/Participants/{1}"
_LIST: Operation[VideoParticipantSummary] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[VideoParticipantSummary] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VideoParticipantSummaryContext(InstanceContext):
    """One VideoParticipantSummary: ``/v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this VideoParticipantSummary: ``GET /v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}``."""


class VideoParticipantSummaryList(KeyedList[VideoParticipantSummaryContext]):
    """VideoParticipantSummary collection: ``/v1/Video/Rooms/{RoomSid}/Participants``."""

    __slots__ = ()
    _key = ("ParticipantSid", "participant_sid", None)
    list = _LIST.list_method(ListArgs)
    """List VideoParticipantSummary resources: ``GET /v1/Video/Rooms/{RoomSid}/Participants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream VideoParticipantSummary resources: ``GET /v1/Video/Rooms/{RoomSid}/Participants``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of VideoParticipantSummary resources: ``GET /v1/Video/Rooms/{RoomSid}/Participants``; ``next_page()`` moves on."""
