# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Recording resources (``accounts.recordings``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .accounts_recordings_add_on_results import RecordingAddOnResultList
    from .accounts_recordings_transcriptions import RecordingTranscriptionList
    from .types.accounts_recordings import Recording

_TYPES = Models(__package__, ".types.accounts_recordings")
_MODEL = _TYPES("Recording")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Recordings.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}.json"
_LIST: Operation[Recording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="recordings", model=_MODEL
).with_params(
    P("date_created", "DateCreated", QUERY, "datetime"),
    P("date_created_before", "DateCreated<", QUERY, "datetime"),
    P("date_created_after", "DateCreated>", QUERY, "datetime"),
    P("call_sid", "CallSid", QUERY, "string"),
    P("conference_sid", "ConferenceSid", QUERY, "string"),
    P("include_soft_deleted", "IncludeSoftDeleted", QUERY, "boolean"),
)
_FETCH: Operation[Recording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("include_soft_deleted", "IncludeSoftDeleted", QUERY, "boolean"))
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingFilters(Args):
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    call_sid: str | NotGiven = NOT_GIVEN
    conference_sid: str | NotGiven = NOT_GIVEN
    include_soft_deleted: bool | NotGiven = NOT_GIVEN


class RecordingListArgs(RecordingFilters, ListArgs): ...


class RecordingPageArgs(RecordingFilters, PageArgs): ...


class RecordingFetchArgs(Args):
    include_soft_deleted: bool | NotGiven = NOT_GIVEN


class RecordingContext(InstanceContext):
    """One Recording: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        RecordingFetchArgs,
        """Fetch this Recording: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Recording: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Recording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Recording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^RE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    add_on_results: Child[RecordingAddOnResultList] = Child(
        ".accounts_recordings_add_on_results", "RecordingAddOnResultList"
    )
    transcriptions: Child[RecordingTranscriptionList] = Child(
        ".accounts_recordings_transcriptions", "RecordingTranscriptionList"
    )


class RecordingList(KeyedList[RecordingContext]):
    """Recording collection: ``/2010-04-01/Accounts/{AccountSid}/Recordings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RE[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        RecordingListArgs,
        """List Recording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Recording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        RecordingListArgs,
        """Stream Recording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Recording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Recording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        RecordingPageArgs,
        """One page of Recording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Recording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreated<``; datetime; optional.
        date_created_after (datetime | date | str): ``DateCreated>``; datetime; optional.
        call_sid (str): ``CallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        conference_sid (str): ``ConferenceSid``; string; matching ``^CF[0-9a-fA-F]{32}$``; optional.
        include_soft_deleted (bool): ``IncludeSoftDeleted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Recording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
