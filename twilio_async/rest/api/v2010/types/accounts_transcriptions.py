# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Transcription models (``accounts.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import TranscriptionStatus

if TYPE_CHECKING:
    from ..accounts_transcriptions import TranscriptionContext


class Transcription(InstanceModel["TranscriptionContext"]):
    """A Transcription as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    duration: WireInt | None = None
    price: WireDecimal | None = None
    price_unit: str | None = None
    recording_sid: str | None = None
    sid: str
    status: TranscriptionStatus | None = None
    transcription_text: str | None = None
    type: str | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TranscriptionContext.fetch
        delete: ClassVar = TranscriptionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_transcriptions import TranscriptionContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
