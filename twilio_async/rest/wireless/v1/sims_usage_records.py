# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""UsageRecord resources (``sims.usage_records``)."""

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
    from .enums import UsageRecordGranularity
    from .types.sims_usage_records import UsageRecord

_TYPES = Models(__package__, ".types.sims_usage_records")
_MODEL = _TYPES("UsageRecord")
_LIST_PATH = "/v1/Sims/{0}/UsageRecords"
_LIST: Operation[UsageRecord] = Operation(
    "usage_records.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("end", "End", QUERY, "datetime"),
    P("start", "Start", QUERY, "datetime"),
    P("granularity", "Granularity", QUERY, "string"),
)


class UsageRecordFilters(Args):
    end: datetime | date | str | NotGiven = NOT_GIVEN
    start: datetime | date | str | NotGiven = NOT_GIVEN
    granularity: UsageRecordGranularity | str | NotGiven = NOT_GIVEN


class UsageRecordListArgs(UsageRecordFilters, ListArgs): ...


class UsageRecordPageArgs(UsageRecordFilters, PageArgs): ...


class UsageRecordList(ListResource):
    """UsageRecord collection: ``/v1/Sims/{SimSid}/UsageRecords``."""

    __slots__ = ()
    list = _LIST.list_method(UsageRecordListArgs)
    """List UsageRecord resources: ``GET /v1/Sims/{SimSid}/UsageRecords``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsageRecordListArgs)
    """Stream UsageRecord resources: ``GET /v1/Sims/{SimSid}/UsageRecords``; one page in memory at a time."""
    page = _LIST.page_method(UsageRecordPageArgs)
    """One page of UsageRecord resources: ``GET /v1/Sims/{SimSid}/UsageRecords``; ``next_page()`` moves on."""
