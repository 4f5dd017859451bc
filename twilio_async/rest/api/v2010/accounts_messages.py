# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Message resources (``accounts.messages``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .accounts_messages_feedback import MessageFeedbackList
    from .accounts_messages_media import MediaList
    from .enums import (
        MessageAddressRetention,
        MessageContentRetention,
        MessageRiskCheck,
        MessageScheduleType,
        MessageTrafficType,
        MessageUpdateStatus,
    )
    from .types.accounts_messages import Message

_TYPES = Models(__package__, ".types.accounts_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}.json"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("application_sid", "ApplicationSid", FORM, "string"),
    P("max_price", "MaxPrice", FORM, "number"),
    P("provide_feedback", "ProvideFeedback", FORM, "boolean"),
    P("attempt", "Attempt", FORM, "integer"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("force_delivery", "ForceDelivery", FORM, "boolean"),
    P("content_retention", "ContentRetention", FORM, "string"),
    P("address_retention", "AddressRetention", FORM, "string"),
    P("smart_encoded", "SmartEncoded", FORM, "boolean"),
    P("persistent_action", "PersistentAction", FORM, "string", many=True),
    P("traffic_type", "TrafficType", FORM, "string"),
    P("shorten_urls", "ShortenUrls", FORM, "boolean"),
    P("schedule_type", "ScheduleType", FORM, "string"),
    P("send_at", "SendAt", FORM, "datetime"),
    P("send_as_mms", "SendAsMms", FORM, "boolean"),
    P("content_variables", "ContentVariables", FORM, "string"),
    P("risk_check", "RiskCheck", FORM, "string"),
    P("from_", "From", FORM, "string"),
    P("fallback_from", "FallbackFrom", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_url", "MediaUrl", FORM, "string", many=True),
    P("content_sid", "ContentSid", FORM, "string"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("date_sent", "DateSent", QUERY, "datetime"),
    P("date_sent_before", "DateSent<", QUERY, "datetime"),
    P("date_sent_after", "DateSent>", QUERY, "datetime"),
)
_FETCH: Operation[Message] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Message] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("body", "Body", FORM, "string"), P("status", "Status", FORM, "string"))
_DELETE: Operation[None] = Operation("messages.delete", "DELETE", _INSTANCE_PATH, body="none")


class MessageCreateArgs(Args):
    to: str
    status_callback: str | NotGiven = NOT_GIVEN
    application_sid: str | NotGiven = NOT_GIVEN
    max_price: float | Decimal | NotGiven = NOT_GIVEN
    provide_feedback: bool | NotGiven = NOT_GIVEN
    attempt: int | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    force_delivery: bool | NotGiven = NOT_GIVEN
    content_retention: MessageContentRetention | str | NotGiven = NOT_GIVEN
    address_retention: MessageAddressRetention | str | NotGiven = NOT_GIVEN
    smart_encoded: bool | NotGiven = NOT_GIVEN
    persistent_action: Sequence[str] | NotGiven = NOT_GIVEN
    traffic_type: MessageTrafficType | str | NotGiven = NOT_GIVEN
    shorten_urls: bool | NotGiven = NOT_GIVEN
    schedule_type: MessageScheduleType | str | NotGiven = NOT_GIVEN
    send_at: datetime | date | str | NotGiven = NOT_GIVEN
    send_as_mms: bool | NotGiven = NOT_GIVEN
    content_variables: str | NotGiven = NOT_GIVEN
    risk_check: MessageRiskCheck | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    fallback_from: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_url: Sequence[str] | NotGiven = NOT_GIVEN
    content_sid: str | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    date_sent: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_before: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_after: datetime | date | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    status: MessageUpdateStatus | str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Message: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""
    update = _UPDATE.call_method(MessageUpdateArgs)
    """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``; returns True."""
    feedback: Child[MessageFeedbackList] = Child(
        ".accounts_messages_feedback", "MessageFeedbackList"
    )
    media: Child[MediaList] = Child(".accounts_messages_media", "MediaList")


class MessageList(KeyedList[MessageContext]):
    """Message collection: ``/2010-04-01/Accounts/{AccountSid}/Messages.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^(SM|MM)[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(MessageCreateArgs)
    """Create a Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``."""
    list = _LIST.list_method(MessageListArgs)
    """List Message resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(MessageListArgs)
    """Stream Message resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``; one page in memory at a time."""
    page = _LIST.page_method(MessagePageArgs)
    """One page of Message resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json``; ``next_page()`` moves on."""
