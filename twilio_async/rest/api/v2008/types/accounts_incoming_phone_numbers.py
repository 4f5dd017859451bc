# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumber models (``accounts.incoming_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_incoming_phone_numbers import IncomingPhoneNumberContext


class IncomingPhoneNumber(InstanceModel["IncomingPhoneNumberContext"]):
    """A IncomingPhoneNumber as returned by the API."""

    sid: str = Field(alias="Sid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    phone_number: str | None = Field(default=None, alias="PhoneNumber")
    url: str | None = Field(default=None, alias="Url")
    method: str | None = Field(default=None, alias="Method")
    sms_url: str | None = Field(default=None, alias="SmsUrl")
    sms_method: str | None = Field(default=None, alias="SmsMethod")
    voice_fallback_url: str | None = Field(default=None, alias="VoiceFallbackUrl")
    voice_fallback_method: str | None = Field(default=None, alias="VoiceFallbackMethod")
    sms_fallback_url: str | None = Field(default=None, alias="SmsFallbackUrl")
    sms_fallback_method: str | None = Field(default=None, alias="SmsFallbackMethod")
    voice_caller_id_lookup: bool | None = Field(default=None, alias="VoiceCallerIdLookup")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IncomingPhoneNumberContext.fetch
        update: ClassVar = IncomingPhoneNumberContext.update
        delete: ClassVar = IncomingPhoneNumberContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_incoming_phone_numbers import IncomingPhoneNumberContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
