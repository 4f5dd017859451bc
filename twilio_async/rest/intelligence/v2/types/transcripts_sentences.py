# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Sentence models (``transcripts.sentences``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireInt
from twilio_async._models import TwilioModel


class Sentence(TwilioModel):
    """A Sentence as returned by the API."""

    media_channel: WireInt | None = None
    sentence_index: WireInt | None = None
    start_time: str | None = None
    end_time: str | None = None
    transcript: str | None = None
    sid: str | None = None
    confidence: str | None = None
    words: list[Any] | None = None
