# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Balance models (``accounts.balance``)."""

from __future__ import annotations

from twilio_async._fields import WireDecimal
from twilio_async._models import TwilioModel


class Balance(TwilioModel):
    """A Balance as returned by the API."""

    balance: WireDecimal | None = None
    currency: str | None = None
