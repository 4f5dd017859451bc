# Generated from specs/messaging_v3.yaml by `make codegen`; do not edit.
"""TypingIndicator models (``typing_indicator``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class TypingIndicator(TwilioModel):
    """A TypingIndicator as returned by the API."""

    pass
