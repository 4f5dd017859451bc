# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""WebChannels models (``web_channels``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class WebChannels(TwilioModel):
    """A WebChannels as returned by the API."""

    conversation_sid: str | None = None
    identity: str | None = None
