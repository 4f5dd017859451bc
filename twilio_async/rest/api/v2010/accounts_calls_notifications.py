# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallNotificationInstance resources (``accounts.calls.notifications``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .types.accounts_calls_notifications import CallNotificationInstance

_TYPES = Models(__package__, ".types.accounts_calls_notifications")
_MODEL = _TYPES("CallNotificationInstance")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Notifications.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Notifications/{2}.json"
_LIST: Operation[CallNotificationInstance] = Operation(
    "notifications.list", "GET", _LIST_PATH, body="none", list_key="notifications", model=_MODEL
).with_params(
    P("log", "Log", QUERY, "integer"),
    P("message_date", "MessageDate", QUERY, "date"),
    P("message_date_before", "MessageDate<", QUERY, "date"),
    P("message_date_after", "MessageDate>", QUERY, "date"),
)
_FETCH: Operation[CallNotificationInstance] = Operation(
    "notifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CallNotificationInstanceFilters(Args):
    log: int | NotGiven = NOT_GIVEN
    message_date: date | str | NotGiven = NOT_GIVEN
    message_date_before: date | str | NotGiven = NOT_GIVEN
    message_date_after: date | str | NotGiven = NOT_GIVEN


class CallNotificationInstanceListArgs(CallNotificationInstanceFilters, ListArgs): ...


class CallNotificationInstancePageArgs(CallNotificationInstanceFilters, PageArgs): ...


class CallNotificationInstanceContext(InstanceContext):
    """One CallNotificationInstance: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CallNotificationInstance: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json``."""


class CallNotificationInstanceList(KeyedList[CallNotificationInstanceContext]):
    """CallNotificationInstance collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(CallNotificationInstanceListArgs)
    """List CallNotificationInstance resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CallNotificationInstanceListArgs)
    """Stream CallNotificationInstance resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``; one page in memory at a time."""
    page = _LIST.page_method(CallNotificationInstancePageArgs)
    """One page of CallNotificationInstance resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json``; ``next_page()`` moves on."""
