# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissions models (``dialing_permissions``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class DialingPermissions(TwilioModel):
    """A DialingPermissions as returned by the API."""

    pass
