# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""CreateEmbeddedSessionResponse models (``sender_id_registrations.embedded_sessions``)."""

from __future__ import annotations

from pydantic import Field

from twilio_async._models import TwilioModel


class CreateEmbeddedSessionResponse(TwilioModel):
    """A CreateEmbeddedSessionResponse as returned by the API."""

    id: str | None = None
    session_id: str | None = Field(default=None, alias="sessionId")
    session_token: str | None = Field(default=None, alias="sessionToken")
