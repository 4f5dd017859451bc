# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Enums of events v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class SinkSinkType(TwilioEnum):
    """Values of ``sink_sink_type``; unknown values are kept, not rejected."""

    KINESIS = "kinesis"
    WEBHOOK = "webhook"
    SEGMENT = "segment"
    EMAIL = "email"


class SinkStatus(TwilioEnum):
    """Values of ``sink_status``; unknown values are kept, not rejected."""

    INITIALIZED = "initialized"
    VALIDATING = "validating"
    ACTIVE = "active"
    FAILED = "failed"
