# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Feedback models (``assistants.feedbacks``)."""

from __future__ import annotations

from decimal import Decimal

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class Feedback(TwilioModel):
    """A Feedback as returned by the API."""

    assistant_id: str | None = None
    id: str | None = None
    account_sid: str | None = None
    user_sid: str | None = None
    message_id: str | None = None
    score: Decimal | None = None
    session_id: str | None = None
    text: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
