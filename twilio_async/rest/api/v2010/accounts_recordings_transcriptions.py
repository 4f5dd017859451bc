# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingTranscription resources (``accounts.recordings.transcriptions``)."""

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
    from .types.accounts_recordings_transcriptions import RecordingTranscription

_TYPES = Models(__package__, ".types.accounts_recordings_transcriptions")
_MODEL = _TYPES("RecordingTranscription")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/Transcriptions.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/Transcriptions/{2}.json"
_LIST: Operation[RecordingTranscription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="transcriptions", model=_MODEL
)
_FETCH: Operation[RecordingTranscription] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("transcriptions.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingTranscriptionContext(InstanceContext):
    """One RecordingTranscription: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RecordingTranscription: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this RecordingTranscription: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RecordingTranscription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this RecordingTranscription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class RecordingTranscriptionList(KeyedList[RecordingTranscriptionContext]):
    """RecordingTranscription collection: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^TR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List RecordingTranscription resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List RecordingTranscription resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RecordingTranscription resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingTranscription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream RecordingTranscription resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingTranscription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RecordingTranscription resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of RecordingTranscription resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
