# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallNotificationInstance resources (``accounts.calls.notifications``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .types.accounts_calls_notifications import CallNotificationInstance

_TYPES = Models(__package__, ".types.accounts_calls_notifications")
_MODEL = _TYPES("CallNotificationInstance")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Notifications.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Notifications/{2}.json"
_LIST: Operation[CallNotificationInstance] = Operation(
    "notifications.list", "GET", _LIST_PATH, body="none", list_key="notifications", model=_MODEL
).with_params(
    P("log", "Log", QUERY, "integer"),
    P("message_date", "MessageDate", QUERY, "date"),
    P("message_date_before", "MessageDate<", QUERY, "date"),
    P("message_date_after", "MessageDate>", QUERY, "date"),
)
_FETCH: Operation[CallNotificationInstance] = Operation(
    "notifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CallNotificationInstanceFilters(Args):
    log: int | NotGiven = NOT_GIVEN
    message_date: date | str | NotGiven = NOT_GIVEN
    message_date_before: date | str | NotGiven = NOT_GIVEN
    message_date_after: date | str | NotGiven = NOT_GIVEN


class CallNotificationInstanceListArgs(CallNotificationInstanceFilters, ListArgs): ...


class CallNotificationInstancePageArgs(CallNotificationInstanceFilters, PageArgs): ...


class CallNotificationInstanceContext(InstanceContext):
    """One CallNotificationInstance: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CallNotificationInstance: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallNotificationInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this CallNotificationInstance: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallNotificationInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class CallNotificationInstanceList(KeyedList[CallNotificationInstanceContext]):
    """CallNotificationInstance collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        CallNotificationInstanceListArgs,
        """List CallNotificationInstance resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallNotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CallNotificationInstance resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallNotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        CallNotificationInstanceListArgs,
        """Stream CallNotificationInstance resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallNotificationInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CallNotificationInstance resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallNotificationInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        CallNotificationInstancePageArgs,
        """One page of CallNotificationInstance resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallNotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CallNotificationInstance resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        log (int): ``Log``; integer; optional.
        message_date (date | str): ``MessageDate``; date; optional.
        message_date_before (date | str): ``MessageDate<``; date; optional.
        message_date_after (date | str): ``MessageDate>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallNotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
