# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""PhoneNumbers models (``phone_numbers``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class PhoneNumbers(TwilioModel):
    """A PhoneNumbers as returned by the API."""

    pass
