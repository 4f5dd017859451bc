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
    list = _LIST.list_method(InsightsSegmentsListArgs)
    """List InsightsSegments resources: ``GET /v1/Insights/Segments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(InsightsSegmentsListArgs)
    """Stream InsightsSegments resources: ``GET /v1/Insights/Segments``; one page in memory at a time."""
    page = _LIST.page_method(InsightsSegmentsPageArgs)
    """One page of InsightsSegments resources: ``GET /v1/Insights/Segments``; ``next_page()`` moves on."""
