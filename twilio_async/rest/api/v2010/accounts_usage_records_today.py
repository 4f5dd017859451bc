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
    list = _LIST.list_method(UsageRecordTodayListArgs)
    """List UsageRecordToday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordTodayListArgs)
    """Stream UsageRecordToday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordTodayPageArgs)
    """One page of UsageRecordToday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Today.json``; ``next_page()`` moves on."""
