# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""DataSession models (``sims.data_sessions``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import TwilioModel


class DataSession(TwilioModel):
    """A DataSession as returned by the API."""

    sid: str | None = None
    sim_sid: str | None = None
    account_sid: str | None = None
    radio_link: str | None = None
    operator_mcc: str | None = None
    operator_mnc: str | None = None
    operator_country: str | None = None
    operator_name: str | None = None
    cell_id: str | None = None
    cell_location_estimate: Any | None = None
    packets_uploaded: WireInt | None = None
    packets_downloaded: WireInt | None = None
    last_updated: IsoDateTime | None = None
    start: IsoDateTime | None = None
    end: IsoDateTime | None = None
    imei: str | None = None
