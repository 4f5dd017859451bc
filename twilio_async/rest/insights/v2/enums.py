# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""Enums of insights v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ReportStatus(TwilioEnum):
    """Values of ``report_status``; unknown values are kept, not rejected."""

    CREATED = "created"
    RUNNING = "running"
    COMPLETED = "completed"
