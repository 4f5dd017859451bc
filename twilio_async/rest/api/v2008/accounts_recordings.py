# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Recording resources (``accounts.recordings``)."""

from __future__ import annotations

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
    from .accounts_recordings_transcriptions import TranscriptionList
    from .types.accounts_recordings import Recording

_TYPES = Models(__package__, ".types.accounts_recordings")
_MODEL = _TYPES("Recording")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Recordings"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Recordings/{1}.xml"
_LIST: Operation[Recording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="Recordings", model=_MODEL
).with_params(P("call_sid", "CallSid", QUERY, "string"))
_FETCH: Operation[Recording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingFilters(Args):
    call_sid: str | NotGiven = NOT_GIVEN


class RecordingListArgs(RecordingFilters, ListArgs): ...


class RecordingPageArgs(RecordingFilters, PageArgs): ...


class RecordingContext(InstanceContext):
    """One Recording: ``/2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.xml``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Recording: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.xml``.

    The instance is addressed by ``{RecordingSid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Recording: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.xml``.

    The instance is addressed by ``{RecordingSid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Recording: ``DELETE /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.xml``.

    The instance is addressed by ``{RecordingSid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Recording: ``DELETE /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.xml``.

    The instance is addressed by ``{RecordingSid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    transcriptions: Child[TranscriptionList] = Child(
        ".accounts_recordings_transcriptions", "TranscriptionList"
    )


class RecordingList(KeyedList[RecordingContext]):
    """Recording collection: ``/2008-08-01/Accounts/{AccountSid}/Recordings``."""

    __slots__ = ()
    _key = ("RecordingSid", "recording_sid", "^RE[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        RecordingListArgs,
        """List Recording resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Recording resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        RecordingListArgs,
        """Stream Recording resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Recording resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        RecordingPageArgs,
        """One page of Recording resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Recording resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Recordings``.

    Parameters are sent in the query string unless noted.

    Args:
        call_sid (str): ``CallSid``; sid; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
