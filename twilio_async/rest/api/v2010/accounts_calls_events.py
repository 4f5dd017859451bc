# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallEvent resources (``accounts.calls.events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_calls_events import CallEvent

_TYPES = Models(__package__, ".types.accounts_calls_events")
_MODEL = _TYPES("CallEvent")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Events.json"
_LIST: Operation[CallEvent] = Operation(
    "events.list", "GET", _LIST_PATH, body="none", list_key="events", model=_MODEL
)


class CallEventList(ListResource):
    """CallEvent collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List CallEvent resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CallEvent resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CallEvent resources: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``; ``next_page()`` moves on."""
