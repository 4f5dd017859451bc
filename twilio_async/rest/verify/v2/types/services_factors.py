# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Factors models (``services.factors``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Factors(TwilioModel):
    """A Factors as returned by the API."""

    pass
