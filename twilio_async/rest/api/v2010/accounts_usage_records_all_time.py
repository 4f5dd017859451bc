# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordAllTime resources (``accounts.usage.records.all_time``)."""

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
    from .types.accounts_usage_records_all_time import UsageRecordAllTime

_TYPES = Models(__package__, ".types.accounts_usage_records_all_time")
_MODEL = _TYPES("UsageRecordAllTime")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Usage/Records/AllTime.json"
_LIST: Operation[UsageRecordAllTime] = Operation(
    "all_time.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("category", "Category", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "date"),
    P("end_date", "EndDate", QUERY, "date"),
    P("include_subaccounts", "IncludeSubaccounts", QUERY, "boolean"),
)


class UsageRecordAllTimeFilters(Args):
    category: str | NotGiven = NOT_GIVEN
    start_date: date | str | NotGiven = NOT_GIVEN
    end_date: date | str | NotGiven = NOT_GIVEN
    include_subaccounts: bool | NotGiven = NOT_GIVEN


class UsageRecordAllTimeListArgs(UsageRecordAllTimeFilters, ListArgs): ...


class UsageRecordAllTimePageArgs(UsageRecordAllTimeFilters, PageArgs): ...


class UsageRecordAllTimeList(ListResource):
    """UsageRecordAllTime collection: ``/2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordAllTimeListArgs)
    """List UsageRecordAllTime resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordAllTimeListArgs)
    """Stream UsageRecordAllTime resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordAllTimePageArgs)
    """One page of UsageRecordAllTime resources: ``GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json``; ``next_page()`` moves on."""
