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
    fetch = _FETCH.call_method(Args)
    """Fetch this AuthorizedConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json``."""


class AuthorizedConnectAppList(KeyedList[AuthorizedConnectAppContext]):
    """AuthorizedConnectApp collection: ``/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``."""

    __slots__ = ()
    _key = ("ConnectAppSid", "connect_app_sid", "^CN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List AuthorizedConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AuthorizedConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AuthorizedConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json``; ``next_page()`` moves on."""
