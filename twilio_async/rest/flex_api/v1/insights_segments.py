# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSegments resources (``insights_segments``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    HEADER,
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
    from .types.insights_segments import InsightsSegments

_TYPES = Models(__package__, ".types.insights_segments")
_MODEL = _TYPES("InsightsSegments")
_LIST_PATH = "/v1/Insights/Segments"
_LIST: Operation[InsightsSegments] = Operation(
    "insights_segments.list", "GET", _LIST_PATH, body="none", list_key="segments", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("segment_id", "SegmentId", QUERY, "string"),
    P("reservation_id", "ReservationId", QUERY, "string", many=True),
)


class InsightsSegmentsFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    segment_id: str | NotGiven = NOT_GIVEN
    reservation_id: Sequence[str] | NotGiven = NOT_GIVEN


class InsightsSegmentsListArgs(InsightsSegmentsFilters, ListArgs): ...


class InsightsSegmentsPageArgs(InsightsSegmentsFilters, PageArgs): ...


class InsightsSegmentsList(ListResource):
    """InsightsSegments collection: ``/v1/Insights/Segments``."""

    __slots__ = ()
    list = _LIST.list_method(
        InsightsSegmentsListArgs,
        """List InsightsSegments resources, every page up to ``limit`` items: ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsSegments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsSegments resources, every page up to ``limit`` items: ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsSegments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsSegmentsListArgs,
        """Stream InsightsSegments resources, one page in memory at a time: ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsSegments.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsSegments resources, one page in memory at a time: ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsSegments.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsSegmentsPageArgs,
        """One page of InsightsSegments resources (``next_page()`` moves on): ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsSegments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsSegments resources (``next_page()`` moves on): ``GET /v1/Insights/Segments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        reservation_id (Sequence[str]): ``ReservationId``; list<string>; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsSegments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
