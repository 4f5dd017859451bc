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
    list = _LIST.list_method(
        UsageRecordListArgs,
        """List UsageRecord resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List UsageRecord resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        UsageRecordListArgs,
        """Stream UsageRecord resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream UsageRecord resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        UsageRecordPageArgs,
        """One page of UsageRecord resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of UsageRecord resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
