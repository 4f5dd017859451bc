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
    list = _LIST.list_method(
        ListArgs,
        """List CallEvent resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallEvent]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CallEvent resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallEvent]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CallEvent resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallEvent.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CallEvent resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallEvent.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CallEvent resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallEvent]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CallEvent resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallEvent]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
