# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecord resources (``accounts.usage.records``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    Child,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .accounts_usage_records_all_time import UsageRecordAllTimeList
    from .accounts_usage_records_daily import UsageRecordDailyList
    from .accounts_usage_records_last_month import UsageRecordLastMonthList
    from .accounts_usage_records_monthly import UsageRecordMonthlyList
    from .accounts_usage_records_this_month import UsageRecordThisMonthList
    from .accounts_usage_records_today import UsageRecordTodayList
    from .accounts_usage_records_yearly import UsageRecordYearlyList
    from .accounts_usage_records_yesterday import UsageRecordYesterdayList
    from .types.accounts_usage_records import UsageRecord

_TYPES = Models(__package__, ".types.accounts_usage_records")
_MODEL = _TYPES("UsageRecord")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records.json"
_LIST: Operation[UsageRecord] = Operation(
    "records.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordListArgs(UsageRecordFilters, ListArgs): ...


class UsageRecordPageArgs(UsageRecordFilters, PageArgs): ...


class UsageRecordList(ListResource):
    """UsageRecord collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records.json``."""

    __slots__ = ()
    list = _LIST.list_method(
        UsageRecordListArgs,
        """List UsageRecord resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List UsageRecord resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        UsageRecordListArgs,
        """Stream UsageRecord resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream UsageRecord resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        UsageRecordPageArgs,
        """One page of UsageRecord resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of UsageRecord resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``.

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
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    all_time: Child[UsageRecordAllTimeList] = Child(
        ".accounts_usage_records_all_time", "UsageRecordAllTimeList"
    )
    daily: Child[UsageRecordDailyList] = Child(
        ".accounts_usage_records_daily", "UsageRecordDailyList"
    )
    last_month: Child[UsageRecordLastMonthList] = Child(
        ".accounts_usage_records_last_month", "UsageRecordLastMonthList"
    )
    monthly: Child[UsageRecordMonthlyList] = Child(
        ".accounts_usage_records_monthly", "UsageRecordMonthlyList"
    )
    this_month: Child[UsageRecordThisMonthList] = Child(
        ".accounts_usage_records_this_month", "UsageRecordThisMonthList"
    )
    today: Child[UsageRecordTodayList] = Child(
        ".accounts_usage_records_today", "UsageRecordTodayList"
    )
    yearly: Child[UsageRecordYearlyList] = Child(
        ".accounts_usage_records_yearly", "UsageRecordYearlyList"
    )
    yesterday: Child[UsageRecordYesterdayList] = Child(
        ".accounts_usage_records_yesterday", "UsageRecordYesterdayList"
    )
