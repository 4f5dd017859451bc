# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Balance models (``accounts.balance``)."""

from __future__ import annotations

from decimal import Decimal

from twilio_async._models import TwilioModel


class Balance(TwilioModel):
    """A Balance as returned by the API."""

    balance: Decimal | None = None
    currency: str | None = None
