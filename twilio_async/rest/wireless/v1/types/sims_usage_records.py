# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""UsageRecord models (``sims.usage_records``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class UsageRecord(TwilioModel):
    """A UsageRecord as returned by the API."""

    sim_sid: str | None = None
    account_sid: str | None = None
    period: Any | None = None
    commands: Any | None = None
    data: Any | None = None
