# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""AssistantSendMessageResponse resources (``assistants.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.assistants_messages import AssistantSendMessageResponse

_TYPES = Models(__package__, ".types.assistants_messages")
_MODEL = _TYPES("AssistantSendMessageResponse")
_LIST_PATH = "/v1/Assistants/{0}/Messages"
_CREATE: Operation[AssistantSendMessageResponse] = Operation(
    "messages.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("identity", "identity", JSON, "string", required=True),
    P("session_id", "session_id", JSON, "string"),
    P("body", "body", JSON, "string", required=True),
    P("webhook", "webhook", JSON, "string"),
    P("mode", "mode", JSON, "string"),
)


class AssistantSendMessageResponseCreateArgs(Args):
    identity: str
    session_id: str | NotGiven = NOT_GIVEN
    body: str
    webhook: str | NotGiven = NOT_GIVEN
    mode: str | NotGiven = NOT_GIVEN


class AssistantSendMessageResponseList(ListResource):
    """AssistantSendMessageResponse collection: ``/v1/Assistants/{id}/Messages``."""

    __slots__ = ()
    create = _CREATE.call_method(AssistantSendMessageResponseCreateArgs)
    """Create a AssistantSendMessageResponse: ``POST /v1/Assistants/{id}/Messages``."""
