# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Transcription resources (``accounts.transcriptions``)."""

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
    from .types.accounts_transcriptions import Transcription

_TYPES = Models(__package__, ".types.accounts_transcriptions")
_MODEL = _TYPES("Transcription")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Transcriptions.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Transcriptions/{1}.json"
_LIST: Operation[Transcription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="transcriptions", model=_MODEL
)
_FETCH: Operation[Transcription] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("transcriptions.delete", "DELETE", _INSTANCE_PATH, body="none")


class TranscriptionContext(InstanceContext):
    """One Transcription: ``/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Transcription: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Transcription: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Transcription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Transcription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^TR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TranscriptionList(KeyedList[TranscriptionContext]):
    """Transcription collection: ``/2010-04-01/Accounts/{AccountSid}/Transcriptions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^TR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Transcription resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Transcription resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

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
        """Stream Transcription resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Transcription resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

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
        """One page of Transcription resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

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
    """One page of Transcription resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
