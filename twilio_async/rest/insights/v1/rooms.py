# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""VideoRoomSummary resources (``rooms``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
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
    from .enums import VideoRoomSummaryCodec, VideoRoomSummaryRoomType
    from .rooms_participants import VideoParticipantSummaryList
    from .types.rooms import VideoRoomSummary

_TYPES = Models(__package__, ".types.rooms")
_MODEL = _TYPES("VideoRoomSummary")
_LIST_PATH = "/v1/Video/Rooms"
_INSTANCE_PATH = "/v1/Video/Rooms/{0}"
_LIST: Operation[VideoRoomSummary] = Operation(
    "rooms.list", "GET", _LIST_PATH, body="none", list_key="rooms", model=_MODEL
).with_params(
    P("room_type", "RoomType", QUERY, "string", many=True),
    P("codec", "Codec", QUERY, "string", many=True),
    P("room_name", "RoomName", QUERY, "string"),
    P("created_after", "CreatedAfter", QUERY, "datetime"),
    P("created_before", "CreatedBefore", QUERY, "datetime"),
)
_FETCH: Operation[VideoRoomSummary] = Operation(
    "rooms.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VideoRoomSummaryFilters(Args):
    room_type: Sequence[VideoRoomSummaryRoomType | str] | NotGiven = NOT_GIVEN
    codec: Sequence[VideoRoomSummaryCodec | str] | NotGiven = NOT_GIVEN
    room_name: str | NotGiven = NOT_GIVEN
    created_after: datetime | date | str | NotGiven = NOT_GIVEN
    created_before: datetime | date | str | NotGiven = NOT_GIVEN


class VideoRoomSummaryListArgs(VideoRoomSummaryFilters, ListArgs): ...


class VideoRoomSummaryPageArgs(VideoRoomSummaryFilters, PageArgs): ...


class VideoRoomSummaryContext(InstanceContext):
    """One VideoRoomSummary: ``/v1/Video/Rooms/{RoomSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this VideoRoomSummary: ``GET /v1/Video/Rooms/{RoomSid}``."""
    participants: Child[VideoParticipantSummaryList] = Child(
        ".rooms_participants", "VideoParticipantSummaryList"
    )


class VideoRoomSummaryList(KeyedList[VideoRoomSummaryContext]):
    """VideoRoomSummary collection: ``/v1/Video/Rooms``."""

    __slots__ = ()
    _key = ("RoomSid", "room_sid", None)
    list = _LIST.list_method(VideoRoomSummaryListArgs)
    """List VideoRoomSummary resources: ``GET /v1/Video/Rooms``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(VideoRoomSummaryListArgs)
    """Stream VideoRoomSummary resources: ``GET /v1/Video/Rooms``; one page in memory at a time."""
    page = _LIST.page_method(VideoRoomSummaryPageArgs)
    """One page of VideoRoomSummary resources: ``GET /v1/Video/Rooms``; ``next_page()`` moves on."""
