# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Session resources (``sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .sessions_messages import MessageList
    from .types.sessions import Session

_TYPES = Models(__package__, ".types.sessions")
_MODEL = _TYPES("Session")
_LIST_PATH = "/v1/Sessions"
_INSTANCE_PATH = "/v1/Sessions/{0}"
_LIST: Operation[Session] = Operation(
    "sessions.list", "GET", _LIST_PATH, body="none", list_key="sessions", model=_MODEL
)
_FETCH: Operation[Session] = Operation(
    "sessions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SessionContext(InstanceContext):
    """One Session: ``/v1/Sessions/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Session: ``GET /v1/Sessions/{id}``."""
    messages: Child[MessageList] = Child(".sessions_messages", "MessageList")


class SessionList(KeyedList[SessionContext]):
    """Session collection: ``/v1/Sessions``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(ListArgs)
    """List Session resources: ``GET /v1/Sessions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Session resources: ``GET /v1/Sessions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Session resources: ``GET /v1/Sessions``; ``next_page()`` moves on."""
