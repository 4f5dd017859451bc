# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationMessage resources (``services.conversations.messages``)."""

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
    from .enums import (
        ServiceConversationMessageOrderType,
        ServiceConversationMessageWebhookEnabledType,
    )
    from .services_conversations_messages_delivery_receipts import (
        ServiceConversationMessageReceiptList,
    )
    from .types.services_conversations_messages import ServiceConversationMessage

_TYPES = Models(__package__, ".types.services_conversations_messages")
_MODEL = _TYPES("ServiceConversationMessage")
_LIST_PATH = "/v1/Services/{0}/Conversations/{1}/Messages"
_INSTANCE_PATH = "/v1/Services/{0}/Conversations/{1}/Messages/{2}"
_CREATE: Operation[ServiceConversationMessage] = Operation(
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
_LIST: Operation[ServiceConversationMessage] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[ServiceConversationMessage] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceConversationMessage] = Operation(
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


class ServiceConversationMessageCreateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationMessageWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    media_sid: str | NotGiven = NOT_GIVEN
    content_sid: str | NotGiven = NOT_GIVEN
    content_variables: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ServiceConversationMessageFilters(Args):
    order: ServiceConversationMessageOrderType | str | NotGiven = NOT_GIVEN


class ServiceConversationMessageListArgs(ServiceConversationMessageFilters, ListArgs): ...


class ServiceConversationMessagePageArgs(ServiceConversationMessageFilters, PageArgs): ...


class ServiceConversationMessageUpdateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationMessageWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )
    author: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    subject: str | NotGiven = NOT_GIVEN


class ServiceConversationMessageDeleteArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationMessageWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )


class ServiceConversationMessageContext(InstanceContext):
    """One ServiceConversationMessage: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceConversationMessage: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}``."""
    update = _UPDATE.call_method(ServiceConversationMessageUpdateArgs)
    """Update this ServiceConversationMessage: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}``."""
    delete = _DELETE.delete_method(ServiceConversationMessageDeleteArgs)
    """Delete this ServiceConversationMessage: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}``; returns True."""
    delivery_receipts: Child[ServiceConversationMessageReceiptList] = Child(
        ".services_conversations_messages_delivery_receipts",
        "ServiceConversationMessageReceiptList",
    )


class ServiceConversationMessageList(KeyedList[ServiceConversationMessageContext]):
    """ServiceConversationMessage collection: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ServiceConversationMessageCreateArgs)
    """Create a ServiceConversationMessage: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages``."""
    list = _LIST.list_method(ServiceConversationMessageListArgs)
    """List ServiceConversationMessage resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ServiceConversationMessageListArgs)
    """Stream ServiceConversationMessage resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages``; one page in memory at a time."""
    page = _LIST.page_method(ServiceConversationMessagePageArgs)
    """One page of ServiceConversationMessage resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages``; ``next_page()`` moves on."""
