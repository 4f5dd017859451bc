# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UserDefinedMessage models (``accounts.calls.user_defined_messages``)."""

from __future__ import annotations

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import TwilioModel


class UserDefinedMessage(TwilioModel):
    """A UserDefinedMessage as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    sid: str | None = None
    date_created: Rfc2822DateTime | None = None
