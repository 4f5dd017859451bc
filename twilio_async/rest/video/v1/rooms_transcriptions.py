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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Transcriptions: ``GET /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``.

    The instance is addressed by ``{Ttid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this Transcriptions: ``GET /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``.

    The instance is addressed by ``{Ttid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        TranscriptionsUpdateArgs,
        """Update this Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``.

    The instance is addressed by ``{Ttid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomTranscriptionsStatus | str): ``Status``; enum:room_transcriptions_status; one of ``started``, ``stopped``, ``failed``; optional.
        configuration (Any): ``Configuration``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update this Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions/{Ttid}``.

    The instance is addressed by ``{Ttid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RoomTranscriptionsStatus | str): ``Status``; enum:room_transcriptions_status; one of ``started``, ``stopped``, ``failed``; optional.
        configuration (Any): ``Configuration``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """


class TranscriptionsList(KeyedList[TranscriptionsContext]):
    """Transcriptions collection: ``/v1/Rooms/{RoomSid}/Transcriptions``."""

    __slots__ = ()
    _key = ("Ttid", "ttid", None)
    create = _CREATE.call_method(
        TranscriptionsCreateArgs,
        """Create a Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration (Any): ``Configuration``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a Transcriptions: ``POST /v1/Rooms/{RoomSid}/Transcriptions``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration (Any): ``Configuration``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcriptions

    Twilio docs: https://www.twilio.com/docs/video
    """
    list = _LIST.list_method(
        ListArgs,
        """List Transcriptions resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcriptions]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List Transcriptions resources, every page up to ``limit`` items: ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcriptions]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Transcriptions resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcriptions.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream Transcriptions resources, one page in memory at a time: ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcriptions.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Transcriptions resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcriptions]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of Transcriptions resources (``next_page()`` moves on): ``GET /v1/Rooms/{RoomSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcriptions]

    Twilio docs: https://www.twilio.com/docs/video
    """
