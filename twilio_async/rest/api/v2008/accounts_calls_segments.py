# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallSegment resources (``accounts.calls.segments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.accounts_calls_segments import CallSegment

_TYPES = Models(__package__, ".types.accounts_calls_segments")
_MODEL = _TYPES("CallSegment")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Calls/{1}/Segments"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Calls/{1}/Segments/{2}"
_LIST: Operation[CallSegment] = Operation(
    "segments.list", "GET", _LIST_PATH, body="none", list_key="Calls", model=_MODEL
)
_FETCH: Operation[CallSegment] = Operation(
    "segments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CallSegmentContext(InstanceContext):
    """One CallSegment: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments/{CallSegmentSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CallSegment: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments/{CallSegmentSid}``."""


class CallSegmentList(KeyedList[CallSegmentContext]):
    """CallSegment collection: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``."""

    __slots__ = ()
    _key = ("CallSegmentSid", "call_segment_sid", "^CA[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List CallSegment resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CallSegment resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CallSegment resources: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``; ``next_page()`` moves on."""
