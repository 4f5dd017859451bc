# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""EncryptedSentences models (``transcripts.encrypted_sentences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..transcripts_encrypted_sentences import EncryptedSentencesContext


class EncryptedSentences(InstanceModel["EncryptedSentencesContext"]):
    """A EncryptedSentences as returned by the API."""

    location: str | None = None
    transcript_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EncryptedSentencesContext.fetch
    else:
        fetch = FromContext()
