# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""DependentPhoneNumber models (``accounts.addresses.dependent_phone_numbers``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import TwilioModel

from ..enums import DependentPhoneNumberAddressRequirement, DependentPhoneNumberEmergencyStatus


class DependentPhoneNumber(TwilioModel):
    """A DependentPhoneNumber as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    phone_number: str | None = None
    voice_url: str | None = None
    voice_method: str | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_caller_id_lookup: bool | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_url: str | None = None
    address_requirements: DependentPhoneNumberAddressRequirement | None = None
    capabilities: Any | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    api_version: str | None = None
    sms_application_sid: str | None = None
    voice_application_sid: str | None = None
    trunk_sid: str | None = None
    emergency_status: DependentPhoneNumberEmergencyStatus | None = None
    emergency_address_sid: str | None = None
    uri: str | None = None
