# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordLastMonth resources (``accounts.usage.records.last_month``)."""

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
    from .types.accounts_usage_records_last_month import UsageRecordLastMonth

_TYPES = Models(__package__, ".types.accounts_usage_records_last_month")
_MODEL = _TYPES("UsageRecordLastMonth")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/LastMonth.json"
_LIST: Operation[UsageRecordLastMonth] = Operation(
    "last_month.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordLastMonthFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordLastMonthListArgs(UsageRecordLastMonthFilters, ListArgs): ...


class UsageRecordLastMonthPageArgs(UsageRecordLastMonthFilters, PageArgs): ...


class UsageRecordLastMonthList(ListResource):
    """UsageRecordLastMonth collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/LastMonth.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordLastMonthListArgs)
    """List UsageRecordLastMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/LastMonth.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordLastMonthListArgs)
    """Stream UsageRecordLastMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/LastMonth.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordLastMonthPageArgs)
    """One page of UsageRecordLastMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/LastMonth.json``; ``next_page()`` moves on."""
