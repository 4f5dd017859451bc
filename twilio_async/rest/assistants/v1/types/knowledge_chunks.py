# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeChunk models (``knowledge.chunks``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class KnowledgeChunk(TwilioModel):
    """A KnowledgeChunk as returned by the API."""

    account_sid: str | None = None
    content: str | None = None
    metadata: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
