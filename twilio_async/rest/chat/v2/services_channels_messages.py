# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""Message resources (``services.channels.messages``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
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
    from .enums import MessageOrderType, MessageWebhookEnabledType
    from .types.services_channels_messages import Message

_TYPES = Models(__package__, ".types.services_channels_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/v2/Services/{0}/Channels/{1}/Messages"
_INSTANCE_PATH = "/v2/Services/{0}/Channels/{1}/Messages/{2}"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("from_", "From", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("last_updated_by", "LastUpdatedBy", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_sid", "MediaSid", FORM, "string"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[Message] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Message] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("body", "Body", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("last_updated_by", "LastUpdatedBy", FORM, "string"),
    P("from_", "From", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "messages.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class MessageCreateArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    last_updated_by: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_sid: str | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    order: MessageOrderType | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    last_updated_by: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN


class MessageDeleteArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Message: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``."""
    update = _UPDATE.call_method(MessageUpdateArgs)
    """Update this Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``."""
    delete = _DELETE.delete_method(MessageDeleteArgs)
    """Delete this Message: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``; returns True."""


class MessageList(KeyedList[MessageContext]):
    """Message collection: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(MessageCreateArgs)
    """Create a Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``."""
    list = _LIST.list_method(MessageListArgs)
    """List Message resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(MessageListArgs)
    """Stream Message resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``; one page in memory at a time."""
    page = _LIST.page_method(MessagePageArgs)
    """One page of Message resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``; ``next_page()`` moves on."""
