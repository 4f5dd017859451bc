# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordYesterday resources (``accounts.usage.records.yesterday``)."""

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
    from .types.accounts_usage_records_yesterday import UsageRecordYesterday

_TYPES = Models(__package__, ".types.accounts_usage_records_yesterday")
_MODEL = _TYPES("UsageRecordYesterday")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/Yesterday.json"
_LIST: Operation[UsageRecordYesterday] = Operation(
    "yesterday.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordYesterdayFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordYesterdayListArgs(UsageRecordYesterdayFilters, ListArgs): ...


class UsageRecordYesterdayPageArgs(UsageRecordYesterdayFilters, PageArgs): ...


class UsageRecordYesterdayList(ListResource):
    """UsageRecordYesterday collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordYesterdayListArgs)
    """List UsageRecordYesterday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordYesterdayListArgs)
    """Stream UsageRecordYesterday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordYesterdayPageArgs)
    """One page of UsageRecordYesterday resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json``; ``next_page()`` moves on."""
