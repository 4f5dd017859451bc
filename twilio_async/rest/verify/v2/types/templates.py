# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationTemplate models (``templates``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class VerificationTemplate(TwilioModel):
    """A VerificationTemplate as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    channels: list[str] | None = None
    translations: Any | None = None
