# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""DependentHostedNumberOrder models (``authorization_documents.dependent_hosted_number_orders``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import DependentHostedNumberOrderStatus, DependentHostedNumberOrderVerificationType


class DependentHostedNumberOrder(TwilioModel):
    """A DependentHostedNumberOrder as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: Any | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    status: DependentHostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    verification_attempts: int | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    verification_type: DependentHostedNumberOrderVerificationType | None = None
    verification_document_sid: str | None = None
    extension: str | None = None
    call_delay: int | None = None
    verification_code: str | None = None
    verification_call_sids: list[str] | None = None
