# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""AccountUsageRecord models (``usage_records``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class AccountUsageRecord(TwilioModel):
    """A AccountUsageRecord as returned by the API."""

    account_sid: str | None = None
    period: Any | None = None
    commands: Any | None = None
    data: Any | None = None
