# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsCountryBulkUpdate models (``dialing_permissions.bulk_country_updates``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class DialingPermissionsCountryBulkUpdate(TwilioModel):
    """A DialingPermissionsCountryBulkUpdate as returned by the API."""

    update_count: int | None = None
    update_request: str | None = None
