# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Transcription models (``accounts.recordings.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import EpochDateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import TranscriptionStatus

if TYPE_CHECKING:
    from ..accounts_recordings_transcriptions import TranscriptionContext


class Transcription(InstanceModel["TranscriptionContext"]):
    """A Transcription as returned by the API."""

    sid: str = Field(alias="Sid")
    date_created: EpochDateTime | None = Field(default=None, alias="DateCreated")
    date_updated: EpochDateTime | None = Field(default=None, alias="DateUpdated")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    status: TranscriptionStatus | None = Field(default=None, alias="Status")
    recording_sid: str | None = Field(default=None, alias="RecordingSid")
    duration: WireInt | None = Field(default=None, alias="Duration")
    transcription_text: str | None = Field(default=None, alias="TranscriptionText")
    price: WireDecimal | None = Field(default=None, alias="Price")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TranscriptionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_recordings_transcriptions import TranscriptionContext  # noqa: F401
    else:
        fetch = FromContext()
