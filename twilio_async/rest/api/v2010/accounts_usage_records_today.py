# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordToday resources (``accounts.usage.records.today``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_usage_records_today import UsageRecordToday

_TYPES = Models(__package__, ".types.accounts_usage_records_today")
_MODEL = _TYPES("UsageRecordToday")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/Today.json"
_LIST: Operation[UsageRecordToday] = Operation(
    "today.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordTodayFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordTodayListArgs(UsageRecordTodayFilters, ListArgs): ...


class UsageRecordTodayPageArgs(UsageRecordTodayFilters, PageArgs): ...


class UsageRecordTodayList(ListResource):
    """UsageRecordToday collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``."""

    __slots__ = ()
    list = _LIST.list_method(
        UsageRecordTodayListArgs,
        """List UsageRecordToday resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecordToday]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List UsageRecordToday resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecordToday]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        UsageRecordTodayListArgs,
        """Stream UsageRecordToday resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecordToday.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream UsageRecordToday resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecordToday.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        UsageRecordTodayPageArgs,
        """One page of UsageRecordToday resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecordToday]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of UsageRecordToday resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``.

    Parameters are sent in the query string unless noted.

    Args:
        category (str): ``Category``; string; optional.
        start_date (date | str): ``StartDate``; date; optional.
        end_date (date | str): ``EndDate``; date; optional.
        include_subaccounts (bool): ``IncludeSubaccounts``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecordToday]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
