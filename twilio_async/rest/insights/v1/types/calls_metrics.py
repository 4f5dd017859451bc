# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Metric models (``calls.metrics``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel

from ..enums import MetricStreamDirection, MetricTwilioEdge


class Metric(TwilioModel):
    """A Metric as returned by the API."""

    timestamp: str | None = None
    call_sid: str | None = None
    account_sid: str | None = None
    edge: MetricTwilioEdge | None = None
    direction: MetricStreamDirection | None = None
    carrier_edge: Any | None = None
    sip_edge: Any | None = None
    sdk_edge: Any | None = None
    client_edge: Any | None = None
