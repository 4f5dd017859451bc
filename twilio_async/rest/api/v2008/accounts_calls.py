# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Call resources (``accounts.calls``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .accounts_calls_notifications import CallNotificationList
    from .accounts_calls_recordings import CallRecordingList
    from .accounts_calls_segments import CallSegmentList
    from .enums import CallIfMachine, CallStatus
    from .types.accounts_calls import Call

_TYPES = Models(__package__, ".types.accounts_calls")
_MODEL = _TYPES("Call")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Calls"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Calls/{1}"
_CREATE: Operation[Call] = Operation(
    "calls.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("caller", "Caller", FORM, "string", required=True),
    P("called", "Called", FORM, "string", required=True),
    P("url", "Url", FORM, "string", required=True),
    P("method", "Method", FORM, "string"),
    P("send_digits", "SendDigits", FORM, "string"),
    P("if_machine", "IfMachine", FORM, "string"),
    P("timeout", "Timeout", FORM, "integer"),
)
_LIST: Operation[Call] = Operation(
    "calls.list", "GET", _LIST_PATH, body="none", list_key="Calls", model=_MODEL
).with_params(
    P("called", "Called", QUERY, "string"),
    P("caller", "Caller", QUERY, "string"),
    P("status", "Status", QUERY, "integer"),
    P("start_time", "StartTime", QUERY, "date"),
    P("start_time_before", "StartTime<", QUERY, "date"),
    P("start_time_after", "StartTime>", QUERY, "date"),
)
_FETCH: Operation[Call] = Operation("calls.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Call] = Operation(
    "calls.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("current_url", "CurrentUrl", FORM, "string", required=True),
    P("current_method", "CurrentMethod", FORM, "string"),
)


class CallCreateArgs(Args):
    caller: str
    called: str
    url: str
    method: str | NotGiven = NOT_GIVEN
    send_digits: str | NotGiven = NOT_GIVEN
    if_machine: CallIfMachine | str | NotGiven = NOT_GIVEN
    timeout: int | NotGiven = NOT_GIVEN


class CallFilters(Args):
    called: str | NotGiven = NOT_GIVEN
    caller: str | NotGiven = NOT_GIVEN
    status: CallStatus | int | NotGiven = NOT_GIVEN
    start_time: date | str | NotGiven = NOT_GIVEN
    start_time_before: date | str | NotGiven = NOT_GIVEN
    start_time_after: date | str | NotGiven = NOT_GIVEN


class CallListArgs(CallFilters, ListArgs): ...


class CallPageArgs(CallFilters, PageArgs): ...


class CallUpdateArgs(Args):
    current_url: str
    current_method: str | NotGiven = NOT_GIVEN


class CallContext(InstanceContext):
    """One Call: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Call: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Call: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        CallUpdateArgs,
        """Update this Call: ``POST /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        current_url (str): ``CurrentUrl``; uri; required.
        current_method (str): ``CurrentMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Call: ``POST /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        current_url (str): ``CurrentUrl``; uri; required.
        current_method (str): ``CurrentMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    notifications: Child[CallNotificationList] = Child(
        ".accounts_calls_notifications", "CallNotificationList"
    )
    recordings: Child[CallRecordingList] = Child(".accounts_calls_recordings", "CallRecordingList")
    segments: Child[CallSegmentList] = Child(".accounts_calls_segments", "CallSegmentList")


class CallList(KeyedList[CallContext]):
    """Call collection: ``/2008-08-01/Accounts/{AccountSid}/Calls``."""

    __slots__ = ()
    _key = ("CallSid", "call_sid", "^CA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CallCreateArgs,
        """Create a Call: ``POST /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the form body unless noted.

    Args:
        caller (str): ``Caller``; phone-number; required.
        called (str): ``Called``; phone-number; required.
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        send_digits (str): ``SendDigits``; string; optional.
        if_machine (CallIfMachine | str): ``IfMachine``; enum:call_if_machine; one of ``Continue``, ``Hangup``; optional.
        timeout (int): ``Timeout``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Call: ``POST /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the form body unless noted.

    Args:
        caller (str): ``Caller``; phone-number; required.
        called (str): ``Called``; phone-number; required.
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        send_digits (str): ``SendDigits``; string; optional.
        if_machine (CallIfMachine | str): ``IfMachine``; enum:call_if_machine; one of ``Continue``, ``Hangup``; optional.
        timeout (int): ``Timeout``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        CallListArgs,
        """List Call resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Call]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Call resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Call]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        CallListArgs,
        """Stream Call resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Call.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Call resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Call.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        CallPageArgs,
        """One page of Call resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Call]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Call resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls``.

    Parameters are sent in the query string unless noted.

    Args:
        called (str): ``Called``; phone-number; optional.
        caller (str): ``Caller``; phone-number; optional.
        status (CallStatus | int): ``Status``; enum:call_status; one of ``0``, ``1``, ``2``, ``3``, ``4``, ``5``; optional.
        start_time (date | str): ``StartTime``; date; optional.
        start_time_before (date | str): ``StartTime<``; date; optional.
        start_time_after (date | str): ``StartTime>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Call]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
