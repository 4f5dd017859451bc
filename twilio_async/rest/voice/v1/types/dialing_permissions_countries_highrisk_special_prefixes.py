# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsHrsPrefixes models (``dialing_permissions.countries.highrisk_special_prefixes``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class DialingPermissionsHrsPrefixes(TwilioModel):
    """A DialingPermissionsHrsPrefixes as returned by the API."""

    prefix: str | None = None
