# Generated from specs/messaging_v3.yaml by `make codegen`; do not edit.
"""TypingIndicator resources (``typing_indicator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.typing_indicator import TypingIndicator

_TYPES = Models(__package__, ".types.typing_indicator")
_MODEL = _TYPES("TypingIndicator")
_LIST_PATH = "/v3/Indicators/Typing.json"
_CREATE: Operation[TypingIndicator] = Operation(
    "typing_indicator.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object", required=True))


class TypingIndicatorCreateArgs(Args):
    body: Any


class TypingIndicatorList(ListResource):
    """TypingIndicator collection: ``/v3/Indicators/Typing.json``."""

    __slots__ = ()
    create = _CREATE.call_method(TypingIndicatorCreateArgs)
    """Create a TypingIndicator: ``POST /v3/Indicators/Typing.json``."""
