# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""SubscribeRules resources (``rooms.participants.subscribe_rules``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.rooms_participants_subscribe_rules import SubscribeRules

_TYPES = Models(__package__, ".types.rooms_participants_subscribe_rules")
_MODEL = _TYPES("SubscribeRules")
_LIST_PATH = "/v1/Rooms/{0}/Participants/{1}/SubscribeRules"
_FETCH: Operation[SubscribeRules] = Operation(
    "subscribe_rules.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SubscribeRules] = Operation(
    "subscribe_rules.update", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("rules", "Rules", FORM, "object"))


class SubscribeRulesUpdateArgs(Args):
    rules: Any | NotGiven = NOT_GIVEN


class SubscribeRulesList(ListResource):
    """SubscribeRules collection: ``/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch the SubscribeRules: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribeRules

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch the SubscribeRules: ``GET /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribeRules

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        SubscribeRulesUpdateArgs,
        """Update the SubscribeRules: ``POST /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules``.

    Parameters are sent in the form body unless noted.

    Args:
        rules (Any): ``Rules``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribeRules

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update the SubscribeRules: ``POST /v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules``.

    Parameters are sent in the form body unless noted.

    Args:
        rules (Any): ``Rules``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribeRules

    Twilio docs: https://www.twilio.com/docs/video
    """
