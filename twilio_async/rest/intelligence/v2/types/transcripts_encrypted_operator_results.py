# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""EncryptedOperatorResults models (``transcripts.encrypted_operator_results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..transcripts_encrypted_operator_results import EncryptedOperatorResultsContext


class EncryptedOperatorResults(InstanceModel["EncryptedOperatorResultsContext"]):
    """A EncryptedOperatorResults as returned by the API."""

    locations: list[str] | None = None
    transcript_sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EncryptedOperatorResultsContext.fetch
    else:
        fetch = FromContext()
