# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""UserConversation resources (``users.user_conversations``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import UserConversationNotificationLevel
    from .types.users_user_conversations import UserConversation

_TYPES = Models(__package__, ".types.users_user_conversations")
_MODEL = _TYPES("UserConversation")
_LIST_PATH = "/v1/Users/{0}/Conversations"
_INSTANCE_PATH = "/v1/Users/{0}/Conversations/{1}"
_LIST: Operation[UserConversation] = Operation(
    "user_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
)
_FETCH: Operation[UserConversation] = Operation(
    "user_conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[UserConversation] = Operation(
    "user_conversations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("notification_level", "NotificationLevel", FORM, "string"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "datetime"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "user_conversations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class UserConversationUpdateArgs(Args):
    notification_level: UserConversationNotificationLevel | str | NotGiven = NOT_GIVEN
    last_read_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN


class UserConversationContext(InstanceContext):
    """One UserConversation: ``/v1/Users/{UserSid}/Conversations/{ConversationSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this UserConversation: ``GET /v1/Users/{UserSid}/Conversations/{ConversationSid}``."""
    update = _UPDATE.call_method(UserConversationUpdateArgs)
    """Update this UserConversation: ``POST /v1/Users/{UserSid}/Conversations/{ConversationSid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this UserConversation: ``DELETE /v1/Users/{UserSid}/Conversations/{ConversationSid}``; returns True."""


class UserConversationList(KeyedList[UserConversationContext]):
    """UserConversation collection: ``/v1/Users/{UserSid}/Conversations``."""

    __slots__ = ()
    _key = ("ConversationSid", "conversation_sid", None)
    list = _LIST.list_method(ListArgs)
    """List UserConversation resources: ``GET /v1/Users/{UserSid}/Conversations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream UserConversation resources: ``GET /v1/Users/{UserSid}/Conversations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of UserConversation resources: ``GET /v1/Users/{UserSid}/Conversations``; ``next_page()`` moves on."""
