# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""AssistantSendMessageResponse models (``assistants.messages``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class AssistantSendMessageResponse(TwilioModel):
    """A AssistantSendMessageResponse as returned by the API."""

    status: str | None = None
    flagged: bool | None = None
    aborted: bool | None = None
    session_id: str | None = None
    account_sid: str | None = None
    body: str | None = None
    error: str | None = None
