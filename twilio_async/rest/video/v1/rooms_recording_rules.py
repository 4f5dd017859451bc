# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RecordingRules resources (``rooms.recording_rules``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.rooms_recording_rules import RecordingRules

_TYPES = Models(__package__, ".types.rooms_recording_rules")
_MODEL = _TYPES("RecordingRules")
_LIST_PATH = "/v1/Rooms/{0}/RecordingRules"
_FETCH: Operation[RecordingRules] = Operation(
    "recording_rules.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RecordingRules] = Operation(
    "recording_rules.update", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("rules", "Rules", FORM, "object"))


class RecordingRulesUpdateArgs(Args):
    rules: Any | NotGiven = NOT_GIVEN


class RecordingRulesList(ListResource):
    """RecordingRules collection: ``/v1/Rooms/{RoomSid}/RecordingRules``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch the RecordingRules: ``GET /v1/Rooms/{RoomSid}/RecordingRules``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingRules

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch the RecordingRules: ``GET /v1/Rooms/{RoomSid}/RecordingRules``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingRules

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        RecordingRulesUpdateArgs,
        """Update the RecordingRules: ``POST /v1/Rooms/{RoomSid}/RecordingRules``.

    Parameters are sent in the form body unless noted.

    Args:
        rules (Any): ``Rules``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingRules

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update the RecordingRules: ``POST /v1/Rooms/{RoomSid}/RecordingRules``.

    Parameters are sent in the form body unless noted.

    Args:
        rules (Any): ``Rules``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingRules

    Twilio docs: https://www.twilio.com/docs/video
    """
