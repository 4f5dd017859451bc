# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""StreamMessage models (``services.sync_streams.stream_messages``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class StreamMessage(TwilioModel):
    """A StreamMessage as returned by the API."""

    sid: str | None = None
    data: Any | None = None
