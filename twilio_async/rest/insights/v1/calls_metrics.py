# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Metric resources (``calls.metrics``)."""

from __future__ import annotations

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
    from .enums import MetricStreamDirection, MetricTwilioEdge
    from .types.calls_metrics import Metric

_TYPES = Models(__package__, ".types.calls_metrics")
_MODEL = _TYPES("Metric")
_LIST_PATH = "/v1/Voice/{0}/Metrics"
_LIST: Operation[Metric] = Operation(
    "metrics.list", "GET", _LIST_PATH, body="none", list_key="metrics", model=_MODEL
).with_params(P("edge", "Edge", QUERY, "string"), P("direction", "Direction", QUERY, "string"))


class MetricFilters(Args):
    edge: MetricTwilioEdge | str | NotGiven = NOT_GIVEN
    direction: MetricStreamDirection | str | NotGiven = NOT_GIVEN


class MetricListArgs(MetricFilters, ListArgs): ...


class MetricPageArgs(MetricFilters, PageArgs): ...


class MetricList(ListResource):
    """Metric collection: ``/v1/Voice/{CallSid}/Metrics``."""

    __slots__ = ()
    list = _LIST.list_method(MetricListArgs)
    """List Metric resources: ``GET /v1/Voice/{CallSid}/Metrics``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(MetricListArgs)
    """Stream Metric resources: ``GET /v1/Voice/{CallSid}/Metrics``; one page in memory at a time."""
    page = _LIST.page_method(MetricPageArgs)
    """One page of Metric resources: ``GET /v1/Voice/{CallSid}/Metrics``; ``next_page()`` moves on."""
