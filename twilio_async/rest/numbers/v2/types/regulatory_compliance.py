# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""RegulatoryCompliance models (``regulatory_compliance``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class RegulatoryCompliance(TwilioModel):
    """A RegulatoryCompliance as returned by the API."""

    pass
