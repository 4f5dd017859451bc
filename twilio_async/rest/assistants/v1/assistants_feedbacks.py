# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Feedback resources (``assistants.feedbacks``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    JSON,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.assistants_feedbacks import Feedback

_TYPES = Models(__package__, ".types.assistants_feedbacks")
_MODEL = _TYPES("Feedback")
_LIST_PATH = "/v1/Assistants/{0}/Feedbacks"
_CREATE: Operation[Feedback] = Operation(
    "feedbacks.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("message_id", "message_id", JSON, "string"),
    P("score", "score", JSON, "number"),
    P("session_id", "session_id", JSON, "string", required=True),
    P("text", "text", JSON, "string"),
)
_LIST: Operation[Feedback] = Operation(
    "feedbacks.list", "GET", _LIST_PATH, body="none", list_key="feedbacks", model=_MODEL
)


class FeedbackCreateArgs(Args):
    message_id: str | NotGiven = NOT_GIVEN
    score: float | Decimal | NotGiven = NOT_GIVEN
    session_id: str
    text: str | NotGiven = NOT_GIVEN


class FeedbackList(ListResource):
    """Feedback collection: ``/v1/Assistants/{id}/Feedbacks``."""

    __slots__ = ()
    create = _CREATE.call_method(FeedbackCreateArgs)
    """Create a Feedback: ``POST /v1/Assistants/{id}/Feedbacks``."""
    list = _LIST.list_method(ListArgs)
    """List Feedback resources: ``GET /v1/Assistants/{id}/Feedbacks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Feedback resources: ``GET /v1/Assistants/{id}/Feedbacks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Feedback resources: ``GET /v1/Assistants/{id}/Feedbacks``; ``next_page()`` moves on."""
