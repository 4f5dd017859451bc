# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""ApproveChallenge models (``services.approve_challenge``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class ApproveChallenge(TwilioModel):
    """A ApproveChallenge as returned by the API."""

    pass
