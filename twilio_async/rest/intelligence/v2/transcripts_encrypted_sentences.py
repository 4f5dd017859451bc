# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""EncryptedSentences resources (``transcripts.encrypted_sentences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.transcripts_encrypted_sentences import EncryptedSentences

_TYPES = Models(__package__, ".types.transcripts_encrypted_sentences")
_MODEL = _TYPES("EncryptedSentences")
_INSTANCE_PATH = "/v2/Transcripts/{0}/Sentences/Encrypted"
_FETCH: Operation[EncryptedSentences] = Operation(
    "encrypted_sentences.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("redacted", "Redacted", QUERY, "boolean"))


class EncryptedSentencesFetchArgs(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class EncryptedSentencesContext(InstanceContext):
    """One EncryptedSentences: ``/v2/Transcripts/{TranscriptSid}/Sentences/Encrypted``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        EncryptedSentencesFetchArgs,
        """Fetch this EncryptedSentences: ``GET /v2/Transcripts/{TranscriptSid}/Sentences/Encrypted``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EncryptedSentences

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this EncryptedSentences: ``GET /v2/Transcripts/{TranscriptSid}/Sentences/Encrypted``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EncryptedSentences

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class EncryptedSentencesList(SingletonList[EncryptedSentencesContext]):
    """EncryptedSentences collection."""

    __slots__ = ()
