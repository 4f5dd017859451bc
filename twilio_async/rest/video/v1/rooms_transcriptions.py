# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Transcriptions resources (``rooms.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
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
    from .enums import RoomTranscriptionsStatus
    from .types.rooms_transcriptions import Transcriptions

_TYPES = Models(__package__, ".types.rooms_transcriptions")
_MODEL = _TYPES("Transcriptions")
_LIST_PATH = "/v1/Rooms/{0}/Transcriptions"
_INSTANCE_PATH = "/v1/Rooms/{0}/Transcriptions/{1}"
_CREATE: Operation[Transcriptions] = Operation(
    "transcriptions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("configuration", "Configuration", FORM, "object"))
_LIST: Operation[Transcriptions] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="transcriptions", model=_MODEL
)
_FETCH: Operation[Transcriptions] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Transcriptions] = Operation(
    "transcriptions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string"), P("configuration", "Configuration", FORM, "object")
)


class TranscriptionsCreateArgs(Args):
    configuration: Any | NotGiven = NOT_GIVEN


class TranscriptionsUpdateArgs(Args):
    status: RoomTranscriptionsStatus | str | NotGiven = NOT_GIVEN
    configuration: Any | NotGiven = NOT_GIVEN


class TranscriptionsContext(InstanceContext):
    """One Transcriptions: ``/v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Transcriptions: ``GET /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``."""
    update = _UPDATE.call_method(TranscriptionsUpdateArgs)
    """Update this Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``."""


class TranscriptionsList(KeyedList[TranscriptionsContext]):
    """Transcriptions collection: ``/v1/Rooms/{RoomSid}/Transcriptions``."""

    __slots__ = ()
    _key = ("Ttid", "ttid", None)
    create = _CREATE.call_method(TranscriptionsCreateArgs)
    """Create a Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions``."""
    list = _LIST.list_method(ListArgs)
    """List Transcriptions resources: ``GET /v1/Rooms/{RoomSid}/Transcriptions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Transcriptions resources: ``GET /v1/Rooms/{RoomSid}/Transcriptions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Transcriptions resources: ``GET /v1/Rooms/{RoomSid}/Transcriptions``; ``next_page()`` moves on."""
