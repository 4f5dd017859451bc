# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AvailablePhoneNumberNational models (``accounts.available_phone_numbers.national``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireDecimal
from twilio_async._models import TwilioModel


class AvailablePhoneNumberNational(TwilioModel):
    """A AvailablePhoneNumberNational as returned by the API."""

    friendly_name: str | None = None
    phone_number: str | None = None
    lata: str | None = None
    locality: str | None = None
    rate_center: str | None = None
    latitude: WireDecimal | None = None
    longitude: WireDecimal | None = None
    region: str | None = None
    postal_code: str | None = None
    iso_country: str | None = None
    address_requirements: str | None = None
    beta: bool | None = None
    capabilities: Any | None = None
