# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""NotificationInstance resources (``accounts.notifications``)."""

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
    from .types.accounts_notifications import NotificationInstance

_TYPES = Models(__package__, ".types.accounts_notifications")
_MODEL = _TYPES("NotificationInstance")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Notifications.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Notifications/{1}.json"
_LIST: Operation[NotificationInstance] = Operation(
    "notifications.list", "GET", _LIST_PATH, body="none", list_key="notifications", model=_MODEL
).with_params(
    P("log", "Log", QUERY, "integer"),
    P("message_date", "MessageDate", QUERY, "date"),
    P("message_date_before", "MessageDate<", QUERY, "date"),
    P("message_date_after", "MessageDate>", QUERY, "date"),
)
_FETCH: Operation[NotificationInstance] = Operation(
    "notifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class NotificationInstanceFilters(Args):
    log: int | NotGiven = NOT_GIVEN
    message_date: date | str | NotGiven = NOT_GIVEN
    message_date_before: date | str | NotGiven = NOT_GIVEN
    message_date_after: date | str | NotGiven = NOT_GIVEN


class NotificationInstanceListArgs(NotificationInstanceFilters, ListArgs): ...


class NotificationInstancePageArgs(NotificationInstanceFilters, PageArgs): ...


class NotificationInstanceContext(InstanceContext):
    """One NotificationInstance: ``/2010-04-01/Accounts/{AccountSid}/Notifications/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this NotificationInstance: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NotificationInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this NotificationInstance: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NotificationInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class NotificationInstanceList(KeyedList[NotificationInstanceContext]):
    """NotificationInstance collection: ``/2010-04-01/Accounts/{AccountSid}/Notifications.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        NotificationInstanceListArgs,
        """List NotificationInstance resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        list[NotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List NotificationInstance resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        list[NotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        NotificationInstanceListArgs,
        """Stream NotificationInstance resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        An async iterator of NotificationInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream NotificationInstance resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        An async iterator of NotificationInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        NotificationInstancePageArgs,
        """One page of NotificationInstance resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        Page[NotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of NotificationInstance resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Notifications.json``.

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
        Page[NotificationInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
