# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypeRegistrations models (``accounts.sip.domains.auth.registrations``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class AuthTypeRegistrations(TwilioModel):
    """A AuthTypeRegistrations as returned by the API."""

    pass
