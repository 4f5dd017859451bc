# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""TypingIndicator resources (``typing_indicator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.typing_indicator import TypingIndicator

_TYPES = Models(__package__, ".types.typing_indicator")
_MODEL = _TYPES("TypingIndicator")
_LIST_PATH = "/v2/Indicators/Typing.json"
_CREATE: Operation[TypingIndicator] = Operation(
    "typing_indicator.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("channel", "channel", FORM, "string", required=True),
    P("message_id", "messageId", FORM, "string", required=True),
)


class TypingIndicatorCreateArgs(Args):
    channel: str
    message_id: str


class TypingIndicatorList(ListResource):
    """TypingIndicator collection: ``/v2/Indicators/Typing.json``."""

    __slots__ = ()
    create = _CREATE.call_method(
        TypingIndicatorCreateArgs,
        """Create a TypingIndicator: ``POST /v2/Indicators/Typing.json``.

    Parameters are sent in the form body unless noted.

    Args:
        channel (str): ``channel``; string; required.
        message_id (str): ``messageId``; string; matching ``^(SM|MM)[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TypingIndicator

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a TypingIndicator: ``POST /v2/Indicators/Typing.json``.

    Parameters are sent in the form body unless noted.

    Args:
        channel (str): ``channel``; string; required.
        message_id (str): ``messageId``; string; matching ``^(SM|MM)[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TypingIndicator

    Twilio docs: https://www.twilio.com/docs/messaging
    """
