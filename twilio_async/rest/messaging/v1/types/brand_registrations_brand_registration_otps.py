# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistrationOtp models (``brand_registrations.brand_registration_otps``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class BrandRegistrationOtp(TwilioModel):
    """A BrandRegistrationOtp as returned by the API."""

    account_sid: str | None = None
    brand_registration_sid: str | None = None
