# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Recording resources (``recordings``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import RecordingStatus, RecordingType
    from .types.recordings import Recording

_TYPES = Models(__package__, ".types.recordings")
_MODEL = _TYPES("Recording")
_LIST_PATH = "/v1/Recordings"
_INSTANCE_PATH = "/v1/Recordings/{0}"
_LIST: Operation[Recording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="recordings", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("source_sid", "SourceSid", QUERY, "string"),
    P("grouping_sid", "GroupingSid", QUERY, "string", many=True),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("media_type", "MediaType", QUERY, "string"),
)
_FETCH: Operation[Recording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingFilters(Args):
    status: RecordingStatus | str | NotGiven = NOT_GIVEN
    source_sid: str | NotGiven = NOT_GIVEN
    grouping_sid: Sequence[str] | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    media_type: RecordingType | str | NotGiven = NOT_GIVEN


class RecordingListArgs(RecordingFilters, ListArgs): ...


class RecordingPageArgs(RecordingFilters, PageArgs): ...


class RecordingContext(InstanceContext):
    """One Recording: ``/v1/Recordings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Recording: ``GET /v1/Recordings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Recording: ``DELETE /v1/Recordings/{Sid}``; returns True."""


class RecordingList(KeyedList[RecordingContext]):
    """Recording collection: ``/v1/Recordings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(RecordingListArgs)
    """List Recording resources: ``GET /v1/Recordings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(RecordingListArgs)
    """Stream Recording resources: ``GET /v1/Recordings``; one page in memory at a time."""
    page = _LIST.page_method(RecordingPageArgs)
    """One page of Recording resources: ``GET /v1/Recordings``; ``next_page()`` moves on."""
