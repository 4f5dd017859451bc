# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""AlertInstance resources (``alerts``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .types.alerts import AlertInstance

_TYPES = Models(__package__, ".types.alerts")
_MODEL = _TYPES("AlertInstance")
_LIST_PATH = "/v1/Alerts"
_INSTANCE_PATH = "/v1/Alerts/{0}"
_LIST: Operation[AlertInstance] = Operation(
    "alerts.list", "GET", _LIST_PATH, body="none", list_key="alerts", model=_MODEL
).with_params(
    P("log_level", "LogLevel", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
)
_FETCH: Operation[AlertInstance] = Operation(
    "alerts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AlertInstanceFilters(Args):
    log_level: str | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN


class AlertInstanceListArgs(AlertInstanceFilters, ListArgs): ...


class AlertInstancePageArgs(AlertInstanceFilters, PageArgs): ...


class AlertInstanceContext(InstanceContext):
    """One AlertInstance: ``/v1/Alerts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AlertInstance: ``GET /v1/Alerts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlertInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AlertInstance: ``GET /v1/Alerts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlertInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AlertInstanceList(KeyedList[AlertInstanceContext]):
    """AlertInstance collection: ``/v1/Alerts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        AlertInstanceListArgs,
        """List AlertInstance resources, every page up to ``limit`` items: ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AlertInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AlertInstance resources, every page up to ``limit`` items: ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AlertInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        AlertInstanceListArgs,
        """Stream AlertInstance resources, one page in memory at a time: ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AlertInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AlertInstance resources, one page in memory at a time: ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AlertInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        AlertInstancePageArgs,
        """One page of AlertInstance resources (``next_page()`` moves on): ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AlertInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AlertInstance resources (``next_page()`` moves on): ``GET /v1/Alerts``.

    Parameters are sent in the query string unless noted.

    Args:
        log_level (str): ``LogLevel``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AlertInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
