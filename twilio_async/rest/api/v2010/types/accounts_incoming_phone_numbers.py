# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumber models (``accounts.incoming_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    IncomingPhoneNumberAddressRequirement,
    IncomingPhoneNumberEmergencyAddressStatus,
    IncomingPhoneNumberEmergencyStatus,
    IncomingPhoneNumberVoiceReceiveMode,
)

if TYPE_CHECKING:
    from ..accounts_incoming_phone_numbers import IncomingPhoneNumberContext


class IncomingPhoneNumber(InstanceModel["IncomingPhoneNumberContext"]):
    """A IncomingPhoneNumber as returned by the API."""

    account_sid: str | None = None
    address_sid: str | None = None
    address_requirements: IncomingPhoneNumberAddressRequirement | None = None
    api_version: str | None = None
    beta: bool | None = None
    capabilities: Any | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    identity_sid: str | None = None
    phone_number: str | None = None
    origin: str | None = None
    sid: str
    sms_application_sid: str | None = None
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_method: str | None = None
    voice_url: str | None = None
    emergency_status: IncomingPhoneNumberEmergencyStatus | None = None
    emergency_address_sid: str | None = None
    emergency_address_status: IncomingPhoneNumberEmergencyAddressStatus | None = None
    bundle_sid: str | None = None
    status: str | None = None
    type: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IncomingPhoneNumberContext.fetch
        update: ClassVar = IncomingPhoneNumberContext.update
        delete: ClassVar = IncomingPhoneNumberContext.delete
        assigned_add_ons: ClassVar = IncomingPhoneNumberContext.assigned_add_ons

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_incoming_phone_numbers import IncomingPhoneNumberContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        assigned_add_ons = FromContext()
