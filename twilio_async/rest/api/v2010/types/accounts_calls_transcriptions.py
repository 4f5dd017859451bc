# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RealtimeTranscription models (``accounts.calls.transcriptions``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel

from ..accounts_calls_transcriptions import RealtimeTranscriptionContext
from ..enums import RealtimeTranscriptionStatus


class RealtimeTranscription(InstanceModel[RealtimeTranscriptionContext]):
    """A RealtimeTranscription as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    call_sid: str | None = None
    name: str | None = None
    status: RealtimeTranscriptionStatus | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    update: ClassVar = RealtimeTranscriptionContext.update
