# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""MessageFeedback models (``accounts.messages.feedback``)."""

from __future__ import annotations

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import TwilioModel

from ..enums import MessageFeedbackOutcome


class MessageFeedback(TwilioModel):
    """A MessageFeedback as returned by the API."""

    account_sid: str | None = None
    message_sid: str | None = None
    outcome: MessageFeedbackOutcome | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None
