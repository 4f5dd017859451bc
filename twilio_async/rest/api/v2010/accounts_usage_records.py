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
    list = _LIST.list_method(UsageRecordListArgs)
    """List UsageRecord resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordListArgs)
    """Stream UsageRecord resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordPageArgs)
    """One page of UsageRecord resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json``; ``next_page()`` moves on."""
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
