# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Message resources (``sessions.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sessions_messages import Message

_TYPES = Models(__package__, ".types.sessions_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/v1/Sessions/{0}/Messages"
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
)


class MessageList(ListResource):
    """Message collection: ``/v1/Sessions/{sessionId}/Messages``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List Message resources: ``GET /v1/Sessions/{sessionId}/Messages``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Message resources: ``GET /v1/Sessions/{sessionId}/Messages``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Message resources: ``GET /v1/Sessions/{sessionId}/Messages``; ``next_page()`` moves on."""
