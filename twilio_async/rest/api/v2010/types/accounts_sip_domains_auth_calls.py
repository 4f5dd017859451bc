# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypeCalls models (``accounts.sip.domains.auth.calls``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class AuthTypeCalls(TwilioModel):
    """A AuthTypeCalls as returned by the API."""

    pass
