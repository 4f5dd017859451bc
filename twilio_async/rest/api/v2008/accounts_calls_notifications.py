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
    list = _LIST.list_method(
        ListArgs,
        """List CallNotification resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallNotification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CallNotification resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallNotification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CallNotification resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallNotification.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CallNotification resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallNotification.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CallNotification resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallNotification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CallNotification resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallNotification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
