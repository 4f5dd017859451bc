# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""Enums of monitor v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class QueryType(TwilioEnum):
    """Values of ``query_type``; unknown values are kept, not rejected."""

    ERROR_CODE = "ERROR_CODE"
    LOG_LEVEL = "LOG_LEVEL"
    ALL = "ALL"


class TimeWindow(TwilioEnum):
    """Values of ``time_window``; unknown values are kept, not rejected."""

    FIVE_MINS = "FIVE_MINS"
    FIFTEEN_MINS = "FIFTEEN_MINS"
    ONE_HOUR = "ONE_HOUR"
    TWELVE_HOURS = "TWELVE_HOURS"
    ONE_DAY = "ONE_DAY"
