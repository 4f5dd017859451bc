# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordThisMonth resources (``accounts.usage.records.this_month``)."""

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
    from .types.accounts_usage_records_this_month import UsageRecordThisMonth

_TYPES = Models(__package__, ".types.accounts_usage_records_this_month")
_MODEL = _TYPES("UsageRecordThisMonth")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/ThisMonth.json"
_LIST: Operation[UsageRecordThisMonth] = Operation(
    "this_month.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordThisMonthFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordThisMonthListArgs(UsageRecordThisMonthFilters, ListArgs): ...


class UsageRecordThisMonthPageArgs(UsageRecordThisMonthFilters, PageArgs): ...


class UsageRecordThisMonthList(ListResource):
    """UsageRecordThisMonth collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/ThisMonth.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordThisMonthListArgs)
    """List UsageRecordThisMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/ThisMonth.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordThisMonthListArgs)
    """Stream UsageRecordThisMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/ThisMonth.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordThisMonthPageArgs)
    """One page of UsageRecordThisMonth resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/ThisMonth.json``; ``next_page()`` moves on."""
