# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""EncryptedOperatorResults resources (``transcripts.encrypted_operator_results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.transcripts_encrypted_operator_results import EncryptedOperatorResults

_TYPES = Models(__package__, ".types.transcripts_encrypted_operator_results")
_MODEL = _TYPES("EncryptedOperatorResults")
_INSTANCE_PATH = "/v2/Transcripts/{0}/OperatorResults/Encrypted"
_FETCH: Operation[EncryptedOperatorResults] = Operation(
    "encrypted_operator_results.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("redacted", "Redacted", QUERY, "boolean"))


class EncryptedOperatorResultsFetchArgs(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class EncryptedOperatorResultsContext(InstanceContext):
    """One EncryptedOperatorResults: ``/v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        EncryptedOperatorResultsFetchArgs,
        """Fetch this EncryptedOperatorResults: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EncryptedOperatorResults

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this EncryptedOperatorResults: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EncryptedOperatorResults

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class EncryptedOperatorResultsList(SingletonList[EncryptedOperatorResultsContext]):
    """EncryptedOperatorResults collection."""

    __slots__ = ()
