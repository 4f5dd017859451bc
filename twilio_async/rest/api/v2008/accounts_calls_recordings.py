# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallRecording resources (``accounts.calls.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_calls_recordings import CallRecording

_TYPES = Models(__package__, ".types.accounts_calls_recordings")
_MODEL = _TYPES("CallRecording")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Calls/{1}/Recordings"
_LIST: Operation[CallRecording] = Operation(
    "recordings.list", "GET", _LIST_PATH, body="none", list_key="Recordings", model=_MODEL
)


class CallRecordingList(ListResource):
    """CallRecording collection: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List CallRecording resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CallRecording resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CallRecording resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings``; ``next_page()`` moves on."""
