# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypes models (``accounts.sip.domains.auth``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class AuthTypes(TwilioModel):
    """A AuthTypes as returned by the API."""

    pass
