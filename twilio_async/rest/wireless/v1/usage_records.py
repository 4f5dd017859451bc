# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""AccountUsageRecord resources (``usage_records``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .enums import AccountUsageRecordGranularity
    from .types.usage_records import AccountUsageRecord

_TYPES = Models(__package__, ".types.usage_records")
_MODEL = _TYPES("AccountUsageRecord")
_LIST_PATH = "/v1/UsageRecords"
_LIST: Operation[AccountUsageRecord] = Operation(
    "usage_records.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("end", "End", QUERY, "datetime"),
    P("start", "Start", QUERY, "datetime"),
    P("granularity", "Granularity", QUERY, "string"),
)


class AccountUsageRecordFilters(Args):
    end: datetime | date | str | NotGiven = NOT_GIVEN
    start: datetime | date | str | NotGiven = NOT_GIVEN
    granularity: AccountUsageRecordGranularity | str | NotGiven = NOT_GIVEN


class AccountUsageRecordListArgs(AccountUsageRecordFilters, ListArgs): ...


class AccountUsageRecordPageArgs(AccountUsageRecordFilters, PageArgs): ...


class AccountUsageRecordList(ListResource):
    """AccountUsageRecord collection: ``/v1/UsageRecords``."""

    __slots__ = ()
    list = _LIST.list_method(AccountUsageRecordListArgs)
    """List AccountUsageRecord resources: ``GET /v1/UsageRecords``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(AccountUsageRecordListArgs)
    """Stream AccountUsageRecord resources: ``GET /v1/UsageRecords``; one page in memory at a time."""
    page = _LIST.page_method(AccountUsageRecordPageArgs)
    """One page of AccountUsageRecord resources: ``GET /v1/UsageRecords``; ``next_page()`` moves on."""
