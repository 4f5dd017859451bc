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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RoomRecording: ``GET /v1/Rooms/{RoomSid}/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomRecording

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this RoomRecording: ``GET /v1/Rooms/{RoomSid}/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomRecording

    Twilio docs: https://www.twilio.com/docs/video
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RoomRecording: ``DELETE /v1/Rooms/{RoomSid}/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Delete this RoomRecording: ``DELETE /v1/Rooms/{RoomSid}/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """


class RoomRecordingList(KeyedList[RoomRecordingContext]):
    """RoomRecording collection: ``/v1/Rooms/{RoomSid}/Recordings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        RoomRecordingListArgs,
        """List RoomRecording resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomRecording]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List RoomRecording resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RoomRecording]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        RoomRecordingListArgs,
        """Stream RoomRecording resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomRecording.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream RoomRecording resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RoomRecording.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        RoomRecordingPageArgs,
        """One page of RoomRecording resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomRecording]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of RoomRecording resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RoomRecordingStatus | str): ``Status``; enum:room_recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RoomRecording]

    Twilio docs: https://www.twilio.com/docs/video
    """
