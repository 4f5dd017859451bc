# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Notification resources (``accounts.notifications``)."""

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
    from .types.accounts_notifications import Notification

_TYPES = Models(__package__, ".types.accounts_notifications")
_MODEL = _TYPES("Notification")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Notifications"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Notifications/{1}"
_LIST: Operation[Notification] = Operation(
    "notifications.list", "GET", _LIST_PATH, body="none", list_key="Notifications", model=_MODEL
)
_FETCH: Operation[Notification] = Operation(
    "notifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("notifications.delete", "DELETE", _INSTANCE_PATH, body="none")


class NotificationContext(InstanceContext):
    """One Notification: ``/2008-08-01/Accounts/{AccountSid}/Notifications/{NotificationSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Notification: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications/{NotificationSid}``.

    The instance is addressed by ``{NotificationSid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Notification: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications/{NotificationSid}``.

    The instance is addressed by ``{NotificationSid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Notification: ``DELETE /2008-08-01/Accounts/{AccountSid}/Notifications/{NotificationSid}``.

    The instance is addressed by ``{NotificationSid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Notification: ``DELETE /2008-08-01/Accounts/{AccountSid}/Notifications/{NotificationSid}``.

    The instance is addressed by ``{NotificationSid}``, matching ``^NO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class NotificationList(KeyedList[NotificationContext]):
    """Notification collection: ``/2008-08-01/Accounts/{AccountSid}/Notifications``."""

    __slots__ = ()
    _key = ("NotificationSid", "notification_sid", "^NO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Notification resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Notification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Notification resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Notification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Notification resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Notification.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Notification resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Notification.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Notification resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Notification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Notification resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Notifications``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Notification]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
