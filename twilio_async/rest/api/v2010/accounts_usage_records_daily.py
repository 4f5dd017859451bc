# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordDaily resources (``accounts.usage.records.daily``)."""

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
    from .types.accounts_usage_records_daily import UsageRecordDaily

_TYPES = Models(__package__, ".types.accounts_usage_records_daily")
_MODEL = _TYPES("UsageRecordDaily")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/Daily.json"
_LIST: Operation[UsageRecordDaily] = Operation(
    "daily.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordDailyFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordDailyListArgs(UsageRecordDailyFilters, ListArgs): ...


class UsageRecordDailyPageArgs(UsageRecordDailyFilters, PageArgs): ...


class UsageRecordDailyList(ListResource):
    """UsageRecordDaily collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordDailyListArgs)
    """List UsageRecordDaily resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordDailyListArgs)
    """Stream UsageRecordDaily resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordDailyPageArgs)
    """One page of UsageRecordDaily resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json``; ``next_page()`` moves on."""
