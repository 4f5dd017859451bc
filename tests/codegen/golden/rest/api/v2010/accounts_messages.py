# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Message resources (``accounts.messages``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
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
    from .accounts_messages_media import MediaList
    from .enums import MessageStatus
    from .types.accounts_messages import Message

_TYPES = Models(__package__, ".types.accounts_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}.json"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("from_", "From", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_url", "MediaUrl", FORM, "string", many=True),
    P("send_at", "SendAt", FORM, "datetime"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("smart_encoded", "SmartEncoded", FORM, "boolean"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
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
    from_: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_url: Sequence[str] | NotGiven = NOT_GIVEN
    send_at: datetime | date | str | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    smart_encoded: bool | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    date_sent_before: datetime | date | str | NotGiven = NOT_GIVEN
    date_sent_after: datetime | date | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    status: MessageStatus | str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Message: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""
    update = _UPDATE.call_method(MessageUpdateArgs)
    """Update this Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Message: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json``; returns True."""
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
