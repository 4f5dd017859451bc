# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordYearly resources (``accounts.usage.records.yearly``)."""

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
    from .types.accounts_usage_records_yearly import UsageRecordYearly

_TYPES = Models(__package__, ".types.accounts_usage_records_yearly")
_MODEL = _TYPES("UsageRecordYearly")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/Yearly.json"
_LIST: Operation[UsageRecordYearly] = Operation(
    "yearly.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordYearlyFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordYearlyListArgs(UsageRecordYearlyFilters, ListArgs): ...


class UsageRecordYearlyPageArgs(UsageRecordYearlyFilters, PageArgs): ...


class UsageRecordYearlyList(ListResource):
    """UsageRecordYearly collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/Yearly.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordYearlyListArgs)
    """List UsageRecordYearly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yearly.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordYearlyListArgs)
    """Stream UsageRecordYearly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yearly.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordYearlyPageArgs)
    """One page of UsageRecordYearly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yearly.json``; ``next_page()`` moves on."""
