# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""UsageRecord models (``usage_records``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireDecimal, WireInt
from twilio_async._models import TwilioModel


class UsageRecord(TwilioModel):
    """A UsageRecord as returned by the API."""

    account_sid: str | None = None
    sim_sid: str | None = None
    network_sid: str | None = None
    fleet_sid: str | None = None
    iso_country: str | None = None
    period: Any | None = None
    data_upload: WireInt | None = None
    data_download: WireInt | None = None
    data_total: WireInt | None = None
    data_total_billed: WireDecimal | None = None
    billed_unit: str | None = None
