# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceUserConversation resources (``services.users.user_conversations``)."""

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
    from .enums import ServiceUserConversationNotificationLevel
    from .types.services_users_user_conversations import ServiceUserConversation

_TYPES = Models(__package__, ".types.services_users_user_conversations")
_MODEL = _TYPES("ServiceUserConversation")
_LIST_PATH = "/v1/Services/{0}/Users/{1}/Conversations"
_INSTANCE_PATH = "/v1/Services/{0}/Users/{1}/Conversations/{2}"
_LIST: Operation[ServiceUserConversation] = Operation(
    "user_conversations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="conversations",
    model=_MODEL,
)
_FETCH: Operation[ServiceUserConversation] = Operation(
    "user_conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceUserConversation] = Operation(
    "user_conversations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("notification_level", "NotificationLevel", FORM, "string"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "datetime"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "user_conversations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ServiceUserConversationUpdateArgs(Args):
    notification_level: ServiceUserConversationNotificationLevel | str | NotGiven = NOT_GIVEN
    last_read_timestamp: datetime | date | str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN


class ServiceUserConversationContext(InstanceContext):
    """One ServiceUserConversation: ``/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceUserConversation: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``."""
    update = _UPDATE.call_method(ServiceUserConversationUpdateArgs)
    """Update this ServiceUserConversation: ``POST /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ServiceUserConversation: ``DELETE /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}``; returns True."""


class ServiceUserConversationList(KeyedList[ServiceUserConversationContext]):
    """ServiceUserConversation collection: ``/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``."""

    __slots__ = ()
    _key = ("ConversationSid", "conversation_sid", None)
    list = _LIST.list_method(ListArgs)
    """List ServiceUserConversation resources: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ServiceUserConversation resources: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ServiceUserConversation resources: ``GET /v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations``; ``next_page()`` moves on."""
