# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Transcription resources (``accounts.recordings.transcriptions``)."""

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
    from .types.accounts_recordings_transcriptions import Transcription

_TYPES = Models(__package__, ".types.accounts_recordings_transcriptions")
_MODEL = _TYPES("Transcription")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Recordings/{1}/Transcriptions"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Recordings/{1}/Transcriptions/{2}"
_LIST: Operation[Transcription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="Transcriptions", model=_MODEL
)
_FETCH: Operation[Transcription] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TranscriptionContext(InstanceContext):
    """One Transcription: ``/2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{TranscriptionSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Transcription: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{TranscriptionSid}``.

    The instance is addressed by ``{TranscriptionSid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Transcription: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{TranscriptionSid}``.

    The instance is addressed by ``{TranscriptionSid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TranscriptionList(KeyedList[TranscriptionContext]):
    """Transcription collection: ``/2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``."""

    __slots__ = ()
    _key = ("TranscriptionSid", "transcription_sid", "^TR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Transcription resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Transcription resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Transcription resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Transcription resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Transcription resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Transcription resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
