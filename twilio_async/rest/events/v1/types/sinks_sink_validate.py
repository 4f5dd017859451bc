# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SinkValidate models (``sinks.sink_validate``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class SinkValidate(TwilioModel):
    """A SinkValidate as returned by the API."""

    result: str | None = None
