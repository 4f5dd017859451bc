# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Credentials models (``credentials``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class Credentials(TwilioModel):
    """A Credentials as returned by the API."""

    pass
