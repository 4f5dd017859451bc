# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Sms models (``accounts.sms``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Sms(TwilioModel):
    """A Sms as returned by the API."""

    pass
