# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Message models (``sessions.messages``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class Message(TwilioModel):
    """A Message as returned by the API."""

    id: str | None = None
    account_sid: str | None = None
    assistant_id: str | None = None
    session_id: str | None = None
    identity: str | None = None
    role: str | None = None
    content: Any | None = None
    meta: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
