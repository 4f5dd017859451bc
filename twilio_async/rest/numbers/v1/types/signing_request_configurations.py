# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""SigningRequestConfiguration models (``signing_request_configurations``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class SigningRequestConfiguration(TwilioModel):
    """A SigningRequestConfiguration as returned by the API."""

    logo_sid: str | None = None
    friendly_name: str | None = None
    product: str | None = None
    country: str | None = None
    email_subject: str | None = None
    email_message: str | None = None
    url_redirection: str | None = None
    url: str | None = None
