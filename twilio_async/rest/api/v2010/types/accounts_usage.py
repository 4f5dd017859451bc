# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Usage models (``accounts.usage``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Usage(TwilioModel):
    """A Usage as returned by the API."""

    pass
