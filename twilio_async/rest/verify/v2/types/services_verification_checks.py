# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationCheck models (``services.verification_checks``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import VerificationCheckChannel


class VerificationCheck(TwilioModel):
    """A VerificationCheck as returned by the API."""

    sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    channel: VerificationCheckChannel | None = None
    status: str | None = None
    valid: bool | None = None
    amount: str | None = None
    payee: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sna_attempts_error_codes: list[Any] | None = None
