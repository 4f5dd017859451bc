# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Composition resources (``compositions``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
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
    from .enums import CompositionFormat, CompositionStatus
    from .types.compositions import Composition

_TYPES = Models(__package__, ".types.compositions")
_MODEL = _TYPES("Composition")
_LIST_PATH = "/v1/Compositions"
_INSTANCE_PATH = "/v1/Compositions/{0}"
_CREATE: Operation[Composition] = Operation(
    "compositions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("room_sid", "RoomSid", FORM, "string", required=True),
    P("video_layout", "VideoLayout", FORM, "object"),
    P("audio_sources", "AudioSources", FORM, "string", many=True),
    P("audio_sources_excluded", "AudioSourcesExcluded", FORM, "string", many=True),
    P("resolution", "Resolution", FORM, "string"),
    P("format", "Format", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("trim", "Trim", FORM, "boolean"),
)
_LIST: Operation[Composition] = Operation(
    "compositions.list", "GET", _LIST_PATH, body="none", list_key="compositions", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("room_sid", "RoomSid", QUERY, "string"),
)
_FETCH: Operation[Composition] = Operation(
    "compositions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("compositions.delete", "DELETE", _INSTANCE_PATH, body="none")


class CompositionCreateArgs(Args):
    room_sid: str
    video_layout: Any | NotGiven = NOT_GIVEN
    audio_sources: Sequence[str] | NotGiven = NOT_GIVEN
    audio_sources_excluded: Sequence[str] | NotGiven = NOT_GIVEN
    resolution: str | NotGiven = NOT_GIVEN
    format: CompositionFormat | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    trim: bool | NotGiven = NOT_GIVEN


class CompositionFilters(Args):
    status: CompositionStatus | str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    room_sid: str | NotGiven = NOT_GIVEN


class CompositionListArgs(CompositionFilters, ListArgs): ...


class CompositionPageArgs(CompositionFilters, PageArgs): ...


class CompositionContext(InstanceContext):
    """One Composition: ``/v1/Compositions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Composition: ``GET /v1/Compositions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CJ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Composition

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this Composition: ``GET /v1/Compositions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CJ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Composition

    Twilio docs: https://www.twilio.com/docs/video
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Composition: ``DELETE /v1/Compositions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CJ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Delete this Composition: ``DELETE /v1/Compositions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CJ[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """


class CompositionList(KeyedList[CompositionContext]):
    """Composition collection: ``/v1/Compositions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CJ[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CompositionCreateArgs,
        """Create a Composition: ``POST /v1/Compositions``.

    Parameters are sent in the form body unless noted.

    Args:
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; required.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        resolution (str): ``Resolution``; string; optional.
        format (CompositionFormat | str): ``Format``; enum:composition_format; one of ``mp4``, ``webm``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        trim (bool): ``Trim``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Composition

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a Composition: ``POST /v1/Compositions``.

    Parameters are sent in the form body unless noted.

    Args:
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; required.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        resolution (str): ``Resolution``; string; optional.
        format (CompositionFormat | str): ``Format``; enum:composition_format; one of ``mp4``, ``webm``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        trim (bool): ``Trim``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Composition

    Twilio docs: https://www.twilio.com/docs/video
    """
    list = _LIST.list_method(
        CompositionListArgs,
        """List Composition resources, every page up to ``limit`` items: ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Composition]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List Composition resources, every page up to ``limit`` items: ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Composition]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        CompositionListArgs,
        """Stream Composition resources, one page in memory at a time: ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Composition.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream Composition resources, one page in memory at a time: ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Composition.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        CompositionPageArgs,
        """One page of Composition resources (``next_page()`` moves on): ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Composition]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of Composition resources (``next_page()`` moves on): ``GET /v1/Compositions``.

    Parameters are sent in the query string unless noted.

    Args:
        status (CompositionStatus | str): ``Status``; enum:composition_status; one of ``enqueued``, ``processing``, ``completed``, ``deleted``, ``failed``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        room_sid (str): ``RoomSid``; string; matching ``^RM[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Composition]

    Twilio docs: https://www.twilio.com/docs/video
    """
