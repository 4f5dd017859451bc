# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Authorize models (``authorize``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Authorize(TwilioModel):
    """A Authorize as returned by the API."""

    redirect_to: str | None = None
