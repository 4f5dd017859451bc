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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CallSegment: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments/{CallSegmentSid}``.

    The instance is addressed by ``{CallSegmentSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallSegment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this CallSegment: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments/{CallSegmentSid}``.

    The instance is addressed by ``{CallSegmentSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CallSegment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class CallSegmentList(KeyedList[CallSegmentContext]):
    """CallSegment collection: ``/2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``."""

    __slots__ = ()
    _key = ("CallSegmentSid", "call_segment_sid", "^CA[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List CallSegment resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallSegment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CallSegment resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallSegment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CallSegment resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallSegment.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CallSegment resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallSegment.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CallSegment resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallSegment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CallSegment resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Segments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallSegment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
