# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""AccountTranscription models (``accounts.transcriptions``)."""

from __future__ import annotations

from pydantic import Field

from twilio_async._fields import EpochDateTime, WireDecimal, WireInt
from twilio_async._models import TwilioModel

from ..enums import TranscriptionStatus


class AccountTranscription(TwilioModel):
    """A AccountTranscription as returned by the API."""

    sid: str | None = Field(default=None, alias="Sid")
    date_created: EpochDateTime | None = Field(default=None, alias="DateCreated")
    date_updated: EpochDateTime | None = Field(default=None, alias="DateUpdated")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    status: TranscriptionStatus | None = Field(default=None, alias="Status")
    recording_sid: str | None = Field(default=None, alias="RecordingSid")
    duration: WireInt | None = Field(default=None, alias="Duration")
    transcription_text: str | None = Field(default=None, alias="TranscriptionText")
    price: WireDecimal | None = Field(default=None, alias="Price")
