# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Safelist models (``safelist``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Safelist(TwilioModel):
    """A Safelist as returned by the API."""

    sid: str | None = None
    phone_number: str | None = None
