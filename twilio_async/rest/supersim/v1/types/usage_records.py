# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""UsageRecord models (``usage_records``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from twilio_async._models import TwilioModel


class UsageRecord(TwilioModel):
    """A UsageRecord as returned by the API."""

    account_sid: str | None = None
    sim_sid: str | None = None
    network_sid: str | None = None
    fleet_sid: str | None = None
    iso_country: str | None = None
    period: Any | None = None
    data_upload: int | None = None
    data_download: int | None = None
    data_total: int | None = None
    data_total_billed: Decimal | None = None
    billed_unit: str | None = None
