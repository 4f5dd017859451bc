# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Log resources (``services.environments.logs``)."""

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
    from .types.services_environments_logs import Log

_TYPES = Models(__package__, ".types.services_environments_logs")
_MODEL = _TYPES("Log")
_LIST_PATH = "/v1/Services/{0}/Environments/{1}/Logs"
_INSTANCE_PATH = "/v1/Services/{0}/Environments/{1}/Logs/{2}"
_LIST: Operation[Log] = Operation(
    "logs.list", "GET", _LIST_PATH, body="none", list_key="logs", model=_MODEL
).with_params(
    P("function_sid", "FunctionSid", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
)
_FETCH: Operation[Log] = Operation("logs.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)


class LogFilters(Args):
    function_sid: str | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN


class LogListArgs(LogFilters, ListArgs): ...


class LogPageArgs(LogFilters, PageArgs): ...


class LogContext(InstanceContext):
    """One Log: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Log: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Log

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Log: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Log

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class LogList(KeyedList[LogContext]):
    """Log collection: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        LogListArgs,
        """List Log resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Log]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Log resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Log]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        LogListArgs,
        """Stream Log resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Log.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Log resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Log.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        LogPageArgs,
        """One page of Log resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Log]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Log resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs``.

    Parameters are sent in the query string unless noted.

    Args:
        function_sid (str): ``FunctionSid``; string; matching ``^ZH[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Log]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
