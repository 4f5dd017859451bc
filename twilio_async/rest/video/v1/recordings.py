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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Recording: ``GET /v1/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this Recording: ``GET /v1/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/video
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Recording: ``DELETE /v1/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Delete this Recording: ``DELETE /v1/Recordings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """


class RecordingList(KeyedList[RecordingContext]):
    """Recording collection: ``/v1/Recordings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        RecordingListArgs,
        """List Recording resources, every page up to ``limit`` items: ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List Recording resources, every page up to ``limit`` items: ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        RecordingListArgs,
        """Stream Recording resources, one page in memory at a time: ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream Recording resources, one page in memory at a time: ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        RecordingPageArgs,
        """One page of Recording resources (``next_page()`` moves on): ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of Recording resources (``next_page()`` moves on): ``GET /v1/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        status (RecordingStatus | str): ``Status``; enum:recording_status; one of ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        source_sid (str): ``SourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        grouping_sid (Sequence[str]): ``GroupingSid``; list<string>; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        media_type (RecordingType | str): ``MediaType``; enum:recording_type; one of ``audio``, ``video``, ``data``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/video
    """
