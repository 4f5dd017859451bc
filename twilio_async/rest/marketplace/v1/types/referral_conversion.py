# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ReferralConversion models (``referral_conversion``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class ReferralConversion(TwilioModel):
    """A ReferralConversion as returned by the API."""

    converted_account_sid: str | None = None
