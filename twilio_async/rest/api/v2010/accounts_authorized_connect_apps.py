# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthorizedConnectApp resources (``accounts.authorized_connect_apps``)."""

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
    from .types.accounts_authorized_connect_apps import AuthorizedConnectApp

_TYPES = Models(__package__, ".types.accounts_authorized_connect_apps")
_MODEL = _TYPES("AuthorizedConnectApp")
_LIST_PATH = "/2010-04-01/Accounts/{0}/AuthorizedConnectApps.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/AuthorizedConnectApps/{1}.json"
_LIST: Operation[AuthorizedConnectApp] = Operation(
    "authorized_connect_apps.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="authorized_connect_apps",
    model=_MODEL,
)
_FETCH: Operation[AuthorizedConnectApp] = Operation(
    "authorized_connect_apps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AuthorizedConnectAppContext(InstanceContext):
    """One AuthorizedConnectApp: ``/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthorizedConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json``.

    The instance is addressed by ``{ConnectAppSid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizedConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AuthorizedConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json``.

    The instance is addressed by ``{ConnectAppSid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizedConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AuthorizedConnectAppList(KeyedList[AuthorizedConnectAppContext]):
    """AuthorizedConnectApp collection: ``/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``."""

    __slots__ = ()
    _key = ("ConnectAppSid", "connect_app_sid", "^CN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List AuthorizedConnectApp resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthorizedConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AuthorizedConnectApp resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthorizedConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AuthorizedConnectApp resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthorizedConnectApp.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AuthorizedConnectApp resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthorizedConnectApp.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AuthorizedConnectApp resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthorizedConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AuthorizedConnectApp resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthorizedConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
