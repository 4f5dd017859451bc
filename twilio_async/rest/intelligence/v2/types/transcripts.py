# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Transcript models (``transcripts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import TranscriptStatus

if TYPE_CHECKING:
    from ..transcripts import TranscriptContext


class Transcript(InstanceModel["TranscriptContext"]):
    """A Transcript as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    sid: str
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    status: TranscriptStatus | None = None
    channel: Any | None = None
    data_logging: bool | None = None
    language_code: str | None = None
    customer_key: str | None = None
    media_start_time: IsoDateTime | None = None
    duration: WireInt | None = None
    url: str | None = None
    redaction: bool | None = None
    encryption_credential_sid: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TranscriptContext.fetch
        delete: ClassVar = TranscriptContext.delete
        encrypted_operator_results: ClassVar = TranscriptContext.encrypted_operator_results
        encrypted_sentences: ClassVar = TranscriptContext.encrypted_sentences
        media: ClassVar = TranscriptContext.media
        operator_results: ClassVar = TranscriptContext.operator_results
        sentences: ClassVar = TranscriptContext.sentences

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..transcripts import TranscriptContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        encrypted_operator_results = FromContext()
        encrypted_sentences = FromContext()
        media = FromContext()
        operator_results = FromContext()
        sentences = FromContext()
