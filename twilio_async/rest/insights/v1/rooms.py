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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this VideoRoomSummary: ``GET /v1/Video/Rooms/{RoomSid}``.

    The instance is addressed by ``{RoomSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VideoRoomSummary

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this VideoRoomSummary: ``GET /v1/Video/Rooms/{RoomSid}``.

    The instance is addressed by ``{RoomSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VideoRoomSummary

    Twilio docs: https://www.twilio.com/docs/voice
    """
    participants: Child[VideoParticipantSummaryList] = Child(
        ".rooms_participants", "VideoParticipantSummaryList"
    )


class VideoRoomSummaryList(KeyedList[VideoRoomSummaryContext]):
    """VideoRoomSummary collection: ``/v1/Video/Rooms``."""

    __slots__ = ()
    _key = ("RoomSid", "room_sid", None)
    list = _LIST.list_method(
        VideoRoomSummaryListArgs,
        """List VideoRoomSummary resources, every page up to ``limit`` items: ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VideoRoomSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List VideoRoomSummary resources, every page up to ``limit`` items: ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VideoRoomSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        VideoRoomSummaryListArgs,
        """Stream VideoRoomSummary resources, one page in memory at a time: ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VideoRoomSummary.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream VideoRoomSummary resources, one page in memory at a time: ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VideoRoomSummary.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        VideoRoomSummaryPageArgs,
        """One page of VideoRoomSummary resources (``next_page()`` moves on): ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VideoRoomSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of VideoRoomSummary resources (``next_page()`` moves on): ``GET /v1/Video/Rooms``.

    Parameters are sent in the query string unless noted.

    Args:
        room_type (Sequence[VideoRoomSummaryRoomType | str]): ``RoomType``; list<enum:video_room_summary_room_type>; one of ``go``, ``peer_to_peer``, ``group``, ``group_small``; optional.
        codec (Sequence[VideoRoomSummaryCodec | str]): ``Codec``; list<enum:video_room_summary_codec>; one of ``VP8``, ``H264``, ``VP9``, ``opus``; optional.
        room_name (str): ``RoomName``; string; optional.
        created_after (datetime | date | str): ``CreatedAfter``; datetime; optional.
        created_before (datetime | date | str): ``CreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VideoRoomSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """
