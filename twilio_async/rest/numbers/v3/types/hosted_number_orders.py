# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""HostedNumberOrder models (``hosted_number_orders``)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import HostedNumberOrderEnumStatus, HostedNumberOrderEnumVerificationType


class HostedNumberOrder(TwilioModel):
    """A HostedNumberOrder as returned by the API."""

    sid: str | None = None
    account_sid: str | None = Field(default=None, alias="accountSid")
    incoming_phone_number_sid: str | None = Field(default=None, alias="incomingPhoneNumberSid")
    address_sid: str | None = Field(default=None, alias="addressSid")
    signing_document_sid: str | None = Field(default=None, alias="signingDocumentSid")
    phone_number: str | None = Field(default=None, alias="phoneNumber")
    capabilities: Any | None = None
    friendly_name: str | None = Field(default=None, alias="friendlyName")
    unique_name: str | None = Field(default=None, alias="uniqueName")
    status: HostedNumberOrderEnumStatus | None = None
    failure_reason: str | None = Field(default=None, alias="failureReason")
    date_created: IsoDateTime | None = Field(default=None, alias="dateCreated")
    date_updated: IsoDateTime | None = Field(default=None, alias="dateUpdated")
    verification_attempts: int | None = Field(default=None, alias="verificationAttempts")
    email: str | None = None
    cc_emails: list[str] | None = Field(default=None, alias="ccEmails")
    url: str | None = None
    verification_type: HostedNumberOrderEnumVerificationType | None = Field(
        default=None, alias="verificationType"
    )
    verification_document_sid: str | None = Field(default=None, alias="verificationDocumentSid")
    extension: str | None = None
    call_delay: int | None = Field(default=None, alias="callDelay")
    verification_code: str | None = Field(default=None, alias="verificationCode")
    verification_call_sids: list[str] | None = Field(default=None, alias="verificationCallSids")
