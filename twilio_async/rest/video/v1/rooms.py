# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Room resources (``rooms``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

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
    from .enums import RoomRoomStatus, RoomRoomType, RoomVideoCodec
    from .rooms_participants import RoomParticipantList
    from .rooms_recording_rules import RecordingRulesList
    from .rooms_recordings import RoomRecordingList
    from .rooms_transcriptions import TranscriptionsList
    from .types.rooms import Room

_TYPES = Models(__package__, ".types.rooms")
_MODEL = _TYPES("Room")
_LIST_PATH = "/v1/Rooms"
_INSTANCE_PATH = "/v1/Rooms/{0}"
_CREATE: Operation[Room] = Operation(
    "rooms.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("enable_turn", "EnableTurn", FORM, "boolean"),
    P("type", "Type", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("max_participants", "MaxParticipants", FORM, "integer"),
    P("record_participants_on_connect", "RecordParticipantsOnConnect", FORM, "boolean"),
    P("transcribe_participants_on_connect", "TranscribeParticipantsOnConnect", FORM, "boolean"),
    P("video_codecs", "VideoCodecs", FORM, "string", many=True),
    P("media_region", "MediaRegion", FORM, "string"),
    P("recording_rules", "RecordingRules", FORM, "object"),
    P("transcriptions_configuration", "TranscriptionsConfiguration", FORM, "object"),
    P("audio_only", "AudioOnly", FORM, "boolean"),
    P("max_participant_duration", "MaxParticipantDuration", FORM, "integer"),
    P("empty_room_timeout", "EmptyRoomTimeout", FORM, "integer"),
    P("unused_room_timeout", "UnusedRoomTimeout", FORM, "integer"),
    P("large_room", "LargeRoom", FORM, "boolean"),
)
_LIST: Operation[Room] = Operation(
    "rooms.list", "GET", _LIST_PATH, body="none", list_key="rooms", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("unique_name", "UniqueName", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
)
_FETCH: Operation[Room] = Operation("rooms.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Room] = Operation(
    "rooms.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))


class RoomCreateArgs(Args):
    enable_turn: bool | NotGiven = NOT_GIVEN
    type: RoomRoomType | str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    max_participants: int | NotGiven = NOT_GIVEN
    record_participants_on_connect: bool | NotGiven = NOT_GIVEN
    transcribe_participants_on_connect: bool | NotGiven = NOT_GIVEN
    video_codecs: Sequence[RoomVideoCodec | str] | NotGiven = NOT_GIVEN
    media_region: str | NotGiven = NOT_GIVEN
    recording_rules: Any | NotGiven = NOT_GIVEN
    transcriptions_configuration: Any | NotGiven = NOT_GIVEN
    audio_only: bool | NotGiven = NOT_GIVEN
    max_participant_duration: int | NotGiven = NOT_GIVEN
    empty_room_timeout: int | NotGiven = NOT_GIVEN
    unused_room_timeout: int | NotGiven = NOT_GIVEN
    large_room: bool | NotGiven = NOT_GIVEN


class RoomFilters(Args):
    status: RoomRoomStatus | str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN


class RoomListArgs(RoomFilters, ListArgs): ...


class RoomPageArgs(RoomFilters, PageArgs): ...


class RoomUpdateArgs(Args):
    status: RoomRoomStatus | str


class RoomContext(InstanceContext):
    """One Room: ``/v1/Rooms/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Room: ``GET /v1/Rooms/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this Room: ``GET /v1/Rooms/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        RoomUpdateArgs,
        """Update this Room: ``POST /v1/Rooms/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update this Room: ``POST /v1/Rooms/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """
    participants: Child[RoomParticipantList] = Child(".rooms_participants", "RoomParticipantList")
    recording_rules: Child[RecordingRulesList] = Child(
        ".rooms_recording_rules", "RecordingRulesList"
    )
    recordings: Child[RoomRecordingList] = Child(".rooms_recordings", "RoomRecordingList")
    transcriptions: Child[TranscriptionsList] = Child(".rooms_transcriptions", "TranscriptionsList")


class RoomList(KeyedList[RoomContext]):
    """Room collection: ``/v1/Rooms``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        RoomCreateArgs,
        """Create a Room: ``POST /v1/Rooms``.

    Parameters are sent in the form body unless noted.

    Args:
        enable_turn (bool): ``EnableTurn``; boolean; optional.
        type (RoomRoomType | str): ``Type``; enum:room_room_type; one of ``group``, ``go``, ``peer-to-peer``, ``group-small``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        max_participants (int): ``MaxParticipants``; integer; optional.
        record_participants_on_connect (bool): ``RecordParticipantsOnConnect``; boolean; optional.
        transcribe_participants_on_connect (bool): ``TranscribeParticipantsOnConnect``; boolean; optional.
        video_codecs (Sequence[RoomVideoCodec | str]): ``VideoCodecs``; list<enum:room_video_codec>; one of ``VP8``, ``H264``; optional.
        media_region (str): ``MediaRegion``; string; optional.
        recording_rules (Any): ``RecordingRules``; object; optional.
        transcriptions_configuration (Any): ``TranscriptionsConfiguration``; object; optional.
        audio_only (bool): ``AudioOnly``; boolean; optional.
        max_participant_duration (int): ``MaxParticipantDuration``; integer; optional.
        empty_room_timeout (int): ``EmptyRoomTimeout``; integer; optional.
        unused_room_timeout (int): ``UnusedRoomTimeout``; integer; optional.
        large_room (bool): ``LargeRoom``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a Room: ``POST /v1/Rooms``.

    Parameters are sent in the form body unless noted.

    Args:
        enable_turn (bool): ``EnableTurn``; boolean; optional.
        type (RoomRoomType | str): ``Type``; enum:room_room_type; one of ``group``, ``go``, ``peer-to-peer``, ``group-small``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        max_participants (int): ``MaxParticipants``; integer; optional.
        record_participants_on_connect (bool): ``RecordParticipantsOnConnect``; boolean; optional.
        transcribe_participants_on_connect (bool): ``TranscribeParticipantsOnConnect``; boolean; optional.
        video_codecs (Sequence[RoomVideoCodec | str]): ``VideoCodecs``; list<enum:room_video_codec>; one of ``VP8``, ``H264``; optional.
        media_region (str): ``MediaRegion``; string; optional.
        recording_rules (Any): ``RecordingRules``; object; optional.
        transcriptions_configuration (Any): ``TranscriptionsConfiguration``; object; optional.
        audio_only (bool): ``AudioOnly``; boolean; optional.
        max_participant_duration (int): ``MaxParticipantDuration``; integer; optional.
        empty_room_timeout (int): ``EmptyRoomTimeout``; integer; optional.
        unused_room_timeout (int): ``UnusedRoomTimeout``; integer; optional.
        large_room (bool): ``LargeRoom``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Room

    Twilio docs: https://www.twilio.com/docs/video
    """
    list = _LIST.list_method(
        RoomListArgs,
        """List Room resources, every page up to ``limit`` items: ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Room]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List Room resources, every page up to ``limit`` items: ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Room]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        RoomListArgs,
        """Stream Room resources, one page in memory at a time: ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Room.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream Room resources, one page in memory at a time: ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Room.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        RoomPageArgs,
        """One page of Room resources (``next_page()`` moves on): ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Room]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of Room resources (``next_page()`` moves on): ``GET /v1/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRoomStatus | str): ``Status``; enum:room_room_status; one of ``in-progress``, ``completed``, ``failed``; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Room]

    Twilio docs: https://www.twilio.com/docs/video
    """
