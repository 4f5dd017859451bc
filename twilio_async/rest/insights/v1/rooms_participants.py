# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""VideoParticipantSummary resources (``rooms.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.rooms_participants import VideoParticipantSummary

_TYPES = Models(__package__, ".types.rooms_participants")
_MODEL = _TYPES("VideoParticipantSummary")
_LIST_PATH = "/v1/Video/Rooms/{0}/Participants"
_INSTANCE_PATH = "/v1/Video/Rooms/{0}/Participants/{1}"
_LIST: Operation[VideoParticipantSummary] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[VideoParticipantSummary] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VideoParticipantSummaryContext(InstanceContext):
    """One VideoParticipantSummary: ``/v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this VideoParticipantSummary: ``GET /v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}``.

    The instance is addressed by ``{ParticipantSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VideoParticipantSummary

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this VideoParticipantSummary: ``GET /v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}``.

    The instance is addressed by ``{ParticipantSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VideoParticipantSummary

    Twilio docs: https://www.twilio.com/docs/voice
    """


class VideoParticipantSummaryList(KeyedList[VideoParticipantSummaryContext]):
    """VideoParticipantSummary collection: ``/v1/Video/Rooms/{RoomSid}/Participants``."""

    __slots__ = ()
    _key = ("ParticipantSid", "participant_sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List VideoParticipantSummary resources, every page up to ``limit`` items: ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VideoParticipantSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List VideoParticipantSummary resources, every page up to ``limit`` items: ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VideoParticipantSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream VideoParticipantSummary resources, one page in memory at a time: ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VideoParticipantSummary.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream VideoParticipantSummary resources, one page in memory at a time: ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VideoParticipantSummary.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of VideoParticipantSummary resources (``next_page()`` moves on): ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VideoParticipantSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of VideoParticipantSummary resources (``next_page()`` moves on): ``GET /v1/Video/Rooms/{RoomSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VideoParticipantSummary]

    Twilio docs: https://www.twilio.com/docs/voice
    """
