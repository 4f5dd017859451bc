# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ConferenceRecording resources (``accounts.conferences.recordings``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

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
    from .enums import ConferenceRecordingStatus
    from .types.accounts_conferences_recordings import ConferenceRecording

_TYPES = Models(__package__, ".types.accounts_conferences_recordings")
_MODEL = _TYPES("ConferenceRecording")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Conferences/{1}/Recordings.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Conferences/{1}/Recordings/{2}.json"
_LIST: Operation[ConferenceRecording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="recordings", model=_MODEL
).with_params(
    P("date_created", "DateCreated", QUERY, "date"),
    P("date_created_before", "DateCreated<", QUERY, "date"),
    P("date_created_after", "DateCreated>", QUERY, "date"),
)
_FETCH: Operation[ConferenceRecording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConferenceRecording] = Operation(
    "recordings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string", required=True),
    P("pause_behavior", "PauseBehavior", FORM, "string"),
)
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class ConferenceRecordingFilters(Args):
    date_created: date | str | NotGiven = NOT_GIVEN
    date_created_before: date | str | NotGiven = NOT_GIVEN
    date_created_after: date | str | NotGiven = NOT_GIVEN


class ConferenceRecordingListArgs(ConferenceRecordingFilters, ListArgs): ...


class ConferenceRecordingPageArgs(ConferenceRecordingFilters, PageArgs): ...


class ConferenceRecordingUpdateArgs(Args):
    status: ConferenceRecordingStatus | str
    pause_behavior: str | NotGiven = NOT_GIVEN


class ConferenceRecordingContext(InstanceContext):
    """One ConferenceRecording: ``/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConferenceRecording: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this ConferenceRecording: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ConferenceRecordingUpdateArgs,
        """Update this ConferenceRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (ConferenceRecordingStatus | str): ``Status``; enum:conference_recording_status; one of ``in-progress``, ``paused``, ``stopped``, ``processing``, ``completed``, ``absent``; required.
        pause_behavior (str): ``PauseBehavior``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this ConferenceRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (ConferenceRecordingStatus | str): ``Status``; enum:conference_recording_status; one of ``in-progress``, ``paused``, ``stopped``, ``processing``, ``completed``, ``absent``; required.
        pause_behavior (str): ``PauseBehavior``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConferenceRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ConferenceRecording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this ConferenceRecording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ConferenceRecordingList(KeyedList[ConferenceRecordingContext]):
    """ConferenceRecording collection: ``/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        ConferenceRecordingListArgs,
        """List ConferenceRecording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConferenceRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List ConferenceRecording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConferenceRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ConferenceRecordingListArgs,
        """Stream ConferenceRecording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConferenceRecording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream ConferenceRecording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConferenceRecording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        ConferenceRecordingPageArgs,
        """One page of ConferenceRecording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConferenceRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of ConferenceRecording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConferenceRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
