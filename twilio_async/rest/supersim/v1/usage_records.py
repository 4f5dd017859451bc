# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""UsageRecord resources (``usage_records``)."""

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
    from .enums import UsageRecordGranularity, UsageRecordGroup
    from .types.usage_records import UsageRecord

_TYPES = Models(__package__, ".types.usage_records")
_MODEL = _TYPES("UsageRecord")
_LIST_PATH = "/v1/UsageRecords"
_LIST: Operation[UsageRecord] = Operation(
    "usage_records.list", "GET", _LIST_PATH, body="none", list_key="usage_records", model=_MODEL
).with_params(
    P("sim", "Sim", QUERY, "string"),
    P("fleet", "Fleet", QUERY, "string"),
    P("network", "Network", QUERY, "string"),
    P("iso_country", "IsoCountry", QUERY, "string"),
    P("group", "Group", QUERY, "string"),
    P("granularity", "Granularity", QUERY, "string"),
    P("start_time", "StartTime", QUERY, "datetime"),
    P("end_time", "EndTime", QUERY, "datetime"),
)


class UsageRecordFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    fleet: str | NotGiven = NOT_GIVEN
    network: str | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN
    group: UsageRecordGroup | str | NotGiven = NOT_GIVEN
    granularity: UsageRecordGranularity | str | NotGiven = NOT_GIVEN
    start_time: datetime | date | str | NotGiven = NOT_GIVEN
    end_time: datetime | date | str | NotGiven = NOT_GIVEN


class UsageRecordListArgs(UsageRecordFilters, ListArgs): ...


class UsageRecordPageArgs(UsageRecordFilters, PageArgs): ...


class UsageRecordList(ListResource):
    """UsageRecord collection: ``/v1/UsageRecords``."""

    __slots__ = ()
    list = _LIST.list_method(
        UsageRecordListArgs,
        """List UsageRecord resources, every page up to ``limit`` items: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List UsageRecord resources, every page up to ``limit`` items: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        UsageRecordListArgs,
        """Stream UsageRecord resources, one page in memory at a time: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream UsageRecord resources, one page in memory at a time: ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UsageRecord.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        UsageRecordPageArgs,
        """One page of UsageRecord resources (``next_page()`` moves on): ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of UsageRecord resources (``next_page()`` moves on): ``GET /v1/UsageRecords``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        fleet (str): ``Fleet``; string; optional.
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        group (UsageRecordGroup | str): ``Group``; enum:usage_record_group; one of ``sim``, ``fleet``, ``network``, ``isoCountry``; optional.
        granularity (UsageRecordGranularity | str): ``Granularity``; enum:usage_record_granularity; one of ``hour``, ``day``, ``all``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UsageRecord]

    Twilio docs: https://www.twilio.com/docs/iot
    """
