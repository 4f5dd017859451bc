# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""SmsMessage resources (``accounts.sms.messages``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.accounts_sms_messages import SmsMessage

_TYPES = Models(__package__, ".types.accounts_sms_messages")
_MODEL = _TYPES("SmsMessage")
_LIST_PATH = "/2008-08-01/Accounts/{0}/SMS/Messages"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/SMS/Messages/{1}"
_CREATE: Operation[SmsMessage] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("from_", "From", FORM, "string", required=True),
    P("to", "To", FORM, "string", required=True),
    P("body", "Body", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
)
_LIST: Operation[SmsMessage] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="SMSMessages", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("date_sent", "DateSent", QUERY, "date"),
    P("date_sent_before", "DateSent<", QUERY, "date"),
    P("date_sent_after", "DateSent>", QUERY, "date"),
)
_FETCH: Operation[SmsMessage] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SmsMessageCreateArgs(Args):
    from_: str
    to: str
    body: str
    status_callback: str | NotGiven = NOT_GIVEN


class SmsMessageFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    date_sent: date | str | NotGiven = NOT_GIVEN
    date_sent_before: date | str | NotGiven = NOT_GIVEN
    date_sent_after: date | str | NotGiven = NOT_GIVEN


class SmsMessageListArgs(SmsMessageFilters, ListArgs): ...


class SmsMessagePageArgs(SmsMessageFilters, PageArgs): ...


class SmsMessageContext(InstanceContext):
    """One SmsMessage: ``/2008-08-01/Accounts/{AccountSid}/SMS/Messages/{SMSMessageSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SmsMessage: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages/{SMSMessageSid}``."""


class SmsMessageList(KeyedList[SmsMessageContext]):
    """SmsMessage collection: ``/2008-08-01/Accounts/{AccountSid}/SMS/Messages``."""

    __slots__ = ()
    _key = ("SMSMessageSid", "sms_message_sid", "^SM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SmsMessageCreateArgs)
    """Create a SmsMessage: ``POST /2008-08-01/Accounts/{AccountSid}/SMS/Messages``."""
    list = _LIST.list_method(SmsMessageListArgs)
    """List SmsMessage resources: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SmsMessageListArgs)
    """Stream SmsMessage resources: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``; one page in memory at a time."""
    page = _LIST.page_method(SmsMessagePageArgs)
    """One page of SmsMessage resources: ``GET /2008-08-01/Accounts/{AccountSid}/SMS/Messages``; ``next_page()`` moves on."""
