# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Token models (``token``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Token(TwilioModel):
    """A Token as returned by the API."""

    access_token: str | None = None
    refresh_token: str | None = None
    id_token: str | None = None
    token_type: str | None = None
    expires_in: int | None = None
