# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Sip models (``accounts.sip``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Sip(TwilioModel):
    """A Sip as returned by the API."""

    pass
