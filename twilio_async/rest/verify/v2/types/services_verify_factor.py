# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerifyFactor models (``services.verify_factor``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class VerifyFactor(TwilioModel):
    """A VerifyFactor as returned by the API."""

    pass
