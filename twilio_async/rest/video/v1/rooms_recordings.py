# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomRecording resources (``rooms.recordings``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .enums import RoomRecordingStatus
    from .types.rooms_recordings import RoomRecording

_TYPES = Models(__package__, ".types.rooms_recordings")
_MODEL = _TYPES("RoomRecording")
_LIST_PATH = "/v1/Rooms/{0}/Recordings"
_INSTANCE_PATH = "/v1/Rooms/{0}/Recordings/{1}"
_LIST: Operation[RoomRecording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="recordings", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("source_sid", "SourceSid", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
)
_FETCH: Operation[RoomRecording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class RoomRecordingFilters(Args):
    status: RoomRecordingStatus | str | NotGiven = NOT_GIVEN
    source_sid: str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN


class RoomRecordingListArgs(RoomRecordingFilters, ListArgs): ...


class RoomRecordingPageArgs(RoomRecordingFilters, PageArgs): ...


class RoomRecordingContext(InstanceContext):
    """One RoomRecording: ``/v1/Rooms/{RoomSid}/Recordings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this RoomRecording: ``GET /v1/Rooms/{RoomSid}/Recordings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this RoomRecording: ``DELETE /v1/Rooms/{RoomSid}/Recordings/{Sid}``; returns True."""


class RoomRecordingList(KeyedList[RoomRecordingContext]):
    """RoomRecording collection: ``/v1/Rooms/{RoomSid}/Recordings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(RoomRecordingListArgs)
    """List RoomRecording resources: ``GET /v1/Rooms/{RoomSid}/Recordings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(RoomRecordingListArgs)
    """Stream RoomRecording resources: ``GET /v1/Rooms/{RoomSid}/Recordings``; one page in memory at a time."""
    page = _LIST.page_method(RoomRecordingPageArgs)
    """One page of RoomRecording resources: ``GET /v1/Rooms/{RoomSid}/Recordings``; ``next_page()`` moves on."""
