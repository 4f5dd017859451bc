# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallNotification resources (``accounts.calls.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_calls_notifications import CallNotification

_TYPES = Models(__package__, ".types.accounts_calls_notifications")
_MODEL = _TYPES("CallNotification")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Calls/{1}/Notifications"
_LIST: Operation[CallNotification] = Operation(
    "notifications.list", "GET", _LIST_PATH, body="none", list_key="Notifications", model=_MODEL
)


class CallNotificationList(ListResource):
    """CallNotification collection: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List CallNotification resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CallNotification resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CallNotification resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``; ``next_page()`` moves on."""
