# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Recording resources (``trunks.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import RecordingRecordingMode, RecordingRecordingTrim
    from .types.trunks_recordings import Recording

_TYPES = Models(__package__, ".types.trunks_recordings")
_MODEL = _TYPES("Recording")
_INSTANCE_PATH = "/v1/Trunks/{0}/Recording"
_FETCH: Operation[Recording] = Operation(
    "recordings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Recording] = Operation(
    "recordings.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("mode", "Mode", FORM, "string"), P("trim", "Trim", FORM, "string"))


class RecordingUpdateArgs(Args):
    mode: RecordingRecordingMode | str | NotGiven = NOT_GIVEN
    trim: RecordingRecordingTrim | str | NotGiven = NOT_GIVEN


class RecordingContext(InstanceContext):
    """One Recording: ``/v1/Trunks/{TrunkSid}/Recording``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Recording: ``GET /v1/Trunks/{TrunkSid}/Recording``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Fetch this Recording: ``GET /v1/Trunks/{TrunkSid}/Recording``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    update = _UPDATE.call_method(
        RecordingUpdateArgs,
        """Update this Recording: ``POST /v1/Trunks/{TrunkSid}/Recording``.

    Parameters are sent in the form body unless noted.

    Args:
        mode (RecordingRecordingMode | str): ``Mode``; enum:recording_recording_mode; one of ``do-not-record``, ``record-from-ringing``, ``record-from-answer``, ``record-from-ringing-dual``, ``record-from-answer-dual``; optional.
        trim (RecordingRecordingTrim | str): ``Trim``; enum:recording_recording_trim; one of ``trim-silence``, ``do-not-trim``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Update this Recording: ``POST /v1/Trunks/{TrunkSid}/Recording``.

    Parameters are sent in the form body unless noted.

    Args:
        mode (RecordingRecordingMode | str): ``Mode``; enum:recording_recording_mode; one of ``do-not-record``, ``record-from-ringing``, ``record-from-answer``, ``record-from-ringing-dual``, ``record-from-answer-dual``; optional.
        trim (RecordingRecordingTrim | str): ``Trim``; enum:recording_recording_trim; one of ``trim-silence``, ``do-not-trim``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Recording

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """


class RecordingList(SingletonList[RecordingContext]):
    """Recording collection."""

    __slots__ = ()
