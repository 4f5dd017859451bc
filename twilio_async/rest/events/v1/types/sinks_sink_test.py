# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SinkTest models (``sinks.sink_test``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class SinkTest(TwilioModel):
    """A SinkTest as returned by the API."""

    result: str | None = None
