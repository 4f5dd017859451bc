# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""BillingPeriod models (``sims.billing_periods``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import BillingPeriodBpType


class BillingPeriod(TwilioModel):
    """A BillingPeriod as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    sim_sid: str | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    period_type: BillingPeriodBpType | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
