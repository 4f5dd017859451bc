# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallRecording resources (``accounts.calls.recordings``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import CallRecordingStatus
    from .types.accounts_calls_recordings import CallRecording

_TYPES = Models(__package__, ".types.accounts_calls_recordings")
_MODEL = _TYPES("CallRecording")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Recordings.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Recordings/{2}.json"
_CREATE: Operation[CallRecording] = Operation(
    "recordings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("recording_status_callback_event", "RecordingStatusCallbackEvent", FORM, "string", many=True),
    P("recording_status_callback", "RecordingStatusCallback", FORM, "string"),
    P("recording_status_callback_method", "RecordingStatusCallbackMethod", FORM, "string"),
    P("trim", "Trim", FORM, "string"),
    P("recording_channels", "RecordingChannels", FORM, "string"),
    P("recording_track", "RecordingTrack", FORM, "string"),
)
_LIST: Operation[CallRecording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="recordings", model=_MODEL
).with_params(
    P("date_created", "DateCreated", QUERY, "date"),
    P("date_created_before", "DateCreated<", QUERY, "date"),
    P("date_created_after", "DateCreated>", QUERY, "date"),
)
_FETCH: Operation[CallRecording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CallRecording] = Operation(
    "recordings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string", required=True),
    P("pause_behavior", "PauseBehavior", FORM, "string"),
)
_DELETE: Operation[None] = Operation("recordings.delete", "DELETE", _INSTANCE_PATH, body="none")


class CallRecordingCreateArgs(Args):
    recording_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    recording_status_callback: str | NotGiven = NOT_GIVEN
    recording_status_callback_method: str | NotGiven = NOT_GIVEN
    trim: str | NotGiven = NOT_GIVEN
    recording_channels: str | NotGiven = NOT_GIVEN
    recording_track: str | NotGiven = NOT_GIVEN


class CallRecordingFilters(Args):
    date_created: date | str | NotGiven = NOT_GIVEN
    date_created_before: date | str | NotGiven = NOT_GIVEN
    date_created_after: date | str | NotGiven = NOT_GIVEN


class CallRecordingListArgs(CallRecordingFilters, ListArgs): ...


class CallRecordingPageArgs(CallRecordingFilters, PageArgs): ...


class CallRecordingUpdateArgs(Args):
    status: CallRecordingStatus | str
    pause_behavior: str | NotGiven = NOT_GIVEN


class CallRecordingContext(InstanceContext):
    """One CallRecording: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CallRecording: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this CallRecording: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        CallRecordingUpdateArgs,
        """Update this CallRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (CallRecordingStatus | str): ``Status``; enum:call_recording_status; one of ``in-progress``, ``paused``, ``stopped``, ``processing``, ``completed``, ``absent``; required.
        pause_behavior (str): ``PauseBehavior``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this CallRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (CallRecordingStatus | str): ``Status``; enum:call_recording_status; one of ``in-progress``, ``paused``, ``stopped``, ``processing``, ``completed``, ``absent``; required.
        pause_behavior (str): ``PauseBehavior``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CallRecording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this CallRecording: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class CallRecordingList(KeyedList[CallRecordingContext]):
    """CallRecording collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        CallRecordingCreateArgs,
        """Create a CallRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        trim (str): ``Trim``; string; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a CallRecording: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        trim (str): ``Trim``; string; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallRecording

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        CallRecordingListArgs,
        """List CallRecording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CallRecording resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        CallRecordingListArgs,
        """Stream CallRecording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallRecording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CallRecording resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallRecording.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        CallRecordingPageArgs,
        """One page of CallRecording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

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
        Page[CallRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CallRecording resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json``.

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
        Page[CallRecording]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
