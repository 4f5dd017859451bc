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
    list = _LIST.list_method(
        AccountUsageRecordListArgs,
        """List AccountUsageRecord resources, every page up to ``limit`` items: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AccountUsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List AccountUsageRecord resources, every page up to ``limit`` items: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AccountUsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        AccountUsageRecordListArgs,
        """Stream AccountUsageRecord resources, one page in memory at a time: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AccountUsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream AccountUsageRecord resources, one page in memory at a time: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AccountUsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        AccountUsageRecordPageArgs,
        """One page of AccountUsageRecord resources (``next_page()`` moves on): ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AccountUsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of AccountUsageRecord resources (``next_page()`` moves on): ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        end (datetime | date | str): ``End``; datetime; optional.
        start (datetime | date | str): ``Start``; datetime; optional.
        granularity (AccountUsageRecordGranularity | str): ``Granularity``; enum:account_usage_record_granularity; one of ``hourly``, ``daily``, ``all``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AccountUsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
