# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""AccountTranscription resources (``accounts.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_transcriptions import AccountTranscription

_TYPES = Models(__package__, ".types.accounts_transcriptions")
_MODEL = _TYPES("AccountTranscription")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Transcriptions"
_LIST: Operation[AccountTranscription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="Transcriptions", model=_MODEL
)


class AccountTranscriptionList(ListResource):
    """AccountTranscription collection: ``/2008-08-01/Accounts/{AccountSid}/Transcriptions``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List AccountTranscription resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AccountTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AccountTranscription resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AccountTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AccountTranscription resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AccountTranscription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AccountTranscription resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AccountTranscription.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AccountTranscription resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AccountTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AccountTranscription resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AccountTranscription]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
