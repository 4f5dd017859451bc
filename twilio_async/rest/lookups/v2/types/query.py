# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Query models (``query``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Query(TwilioModel):
    """A Query as returned by the API."""

    pass
