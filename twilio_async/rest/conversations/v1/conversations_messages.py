# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationMessage resources (``conversations.messages``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
    Args,
    Child,
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
    from .conversations_messages_delivery_receipts import ConversationMessageReceiptList
    from .enums import ConversationMessageOrderType, ConversationMessageWebhookEnabledType
    from .types.conversations_messages import ConversationMessage

_TYPES = Models(__package__, ".types.conversations_messages")
_MODEL = _TYPES("ConversationMessage")
_LIST_PATH = "/v1/Conversations/{0}/Messages"
_INSTANCE_PATH = "/v1/Conversations/{0}/Messages/{1}"
_CREATE: Operation[ConversationMessage] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("author", "Author", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("media_sid", "MediaSid", FORM, "string"),
    P("content_sid", "ContentSid", FORM, "string"),
    P("content_variables", "ContentVariables", FORM, "string"),
    P("subject", "Subject", FORM, "string"),
)
_LIST: Operation[ConversationMessage] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[ConversationMessage] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConversationMessage] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("author", "Author", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("subject", "Subject", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "messages.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ConversationMessageCreateArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    media_sid: str | NotGiven = NOT_GIVEN
    content_sid: str | NotGiven = NOT_GIVEN
    content_variables: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ConversationMessageFilters(Args):
    order: ConversationMessageOrderType | str | NotGiven = NOT_GIVEN


class ConversationMessageListArgs(ConversationMessageFilters, ListArgs): ...


class ConversationMessagePageArgs(ConversationMessageFilters, PageArgs): ...


class ConversationMessageUpdateArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ConversationMessageDeleteArgs(Args):
    x_twilio_webhook_enabled: ConversationMessageWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ConversationMessageContext(InstanceContext):
    """One ConversationMessage: ``/v1/Conversations/{ConversationSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ConversationMessage: ``GET /v1/Conversations/{ConversationSid}/Messages/{Sid}``."""
    update = _UPDATE.call_method(ConversationMessageUpdateArgs)
    """Update this ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages/{Sid}``."""
    delete = _DELETE.delete_method(ConversationMessageDeleteArgs)
    """Delete this ConversationMessage: ``DELETE /v1/Conversations/{ConversationSid}/Messages/{Sid}``; returns True."""
    delivery_receipts: Child[ConversationMessageReceiptList] = Child(
        ".conversations_messages_delivery_receipts", "ConversationMessageReceiptList"
    )


class ConversationMessageList(KeyedList[ConversationMessageContext]):
    """ConversationMessage collection: ``/v1/Conversations/{ConversationSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ConversationMessageCreateArgs)
    """Create a ConversationMessage: ``POST /v1/Conversations/{ConversationSid}/Messages``."""
    list = _LIST.list_method(ConversationMessageListArgs)
    """List ConversationMessage resources: ``GET /v1/Conversations/{ConversationSid}/Messages``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ConversationMessageListArgs)
    """Stream ConversationMessage resources: ``GET /v1/Conversations/{ConversationSid}/Messages``; one page in memory at a time."""
    page = _LIST.page_method(ConversationMessagePageArgs)
    """One page of ConversationMessage resources: ``GET /v1/Conversations/{ConversationSid}/Messages``; ``next_page()`` moves on."""
