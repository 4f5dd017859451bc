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
    list = _LIST.list_method(
        MetricListArgs,
        """List Metric resources, every page up to ``limit`` items: ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Metric]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List Metric resources, every page up to ``limit`` items: ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Metric]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        MetricListArgs,
        """Stream Metric resources, one page in memory at a time: ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Metric.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream Metric resources, one page in memory at a time: ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Metric.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        MetricPageArgs,
        """One page of Metric resources (``next_page()`` moves on): ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Metric]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of Metric resources (``next_page()`` moves on): ``GET /v1/Voice/{CallSid}/Metrics``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (MetricTwilioEdge | str): ``Edge``; enum:metric_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        direction (MetricStreamDirection | str): ``Direction``; enum:metric_stream_direction; one of ``unknown``, ``inbound``, ``outbound``, ``both``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Metric]

    Twilio docs: https://www.twilio.com/docs/voice
    """
