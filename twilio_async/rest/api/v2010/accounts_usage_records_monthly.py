# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordMonthly resources (``accounts.usage.records.monthly``)."""

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
    from .types.accounts_usage_records_monthly import UsageRecordMonthly

_TYPES = Models(__package__, ".types.accounts_usage_records_monthly")
_MODEL = _TYPES("UsageRecordMonthly")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/Monthly.json"
_LIST: Operation[UsageRecordMonthly] = Operation(
    "monthly.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordMonthlyFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordMonthlyListArgs(UsageRecordMonthlyFilters, ListArgs): ...


class UsageRecordMonthlyPageArgs(UsageRecordMonthlyFilters, PageArgs): ...


class UsageRecordMonthlyList(ListResource):
    """UsageRecordMonthly collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/Monthly.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordMonthlyListArgs)
    """List UsageRecordMonthly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Monthly.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordMonthlyListArgs)
    """Stream UsageRecordMonthly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Monthly.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordMonthlyPageArgs)
    """One page of UsageRecordMonthly resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Monthly.json``; ``next_page()`` moves on."""
