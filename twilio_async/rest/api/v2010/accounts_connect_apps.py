# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ConnectApp resources (``accounts.connect_apps``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import ConnectAppPermission
    from .types.accounts_connect_apps import ConnectApp

_TYPES = Models(__package__, ".types.accounts_connect_apps")
_MODEL = _TYPES("ConnectApp")
_LIST_PATH = "/2010-04-01/Accounts/{0}/ConnectApps.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/ConnectApps/{1}.json"
_LIST: Operation[ConnectApp] = Operation(
    "connect_apps.list", "GET", _LIST_PATH, body="none", list_key="connect_apps", model=_MODEL
)
_FETCH: Operation[ConnectApp] = Operation(
    "connect_apps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConnectApp] = Operation(
    "connect_apps.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("authorize_redirect_url", "AuthorizeRedirectUrl", FORM, "string"),
    P("company_name", "CompanyName", FORM, "string"),
    P("deauthorize_callback_method", "DeauthorizeCallbackMethod", FORM, "string"),
    P("deauthorize_callback_url", "DeauthorizeCallbackUrl", FORM, "string"),
    P("description", "Description", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("homepage_url", "HomepageUrl", FORM, "string"),
    P("permissions", "Permissions", FORM, "string", many=True),
)
_DELETE: Operation[None] = Operation("connect_apps.delete", "DELETE", _INSTANCE_PATH, body="none")


class ConnectAppUpdateArgs(Args):
    authorize_redirect_url: str | NotGiven = NOT_GIVEN
    company_name: str | NotGiven = NOT_GIVEN
    deauthorize_callback_method: str | NotGiven = NOT_GIVEN
    deauthorize_callback_url: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    homepage_url: str | NotGiven = NOT_GIVEN
    permissions: Sequence[ConnectAppPermission | str] | NotGiven = NOT_GIVEN


class ConnectAppContext(InstanceContext):
    """One ConnectApp: ``/2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``."""
    update = _UPDATE.call_method(ConnectAppUpdateArgs)
    """Update this ConnectApp: ``POST /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ConnectApp: ``DELETE /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``; returns True."""


class ConnectAppList(KeyedList[ConnectAppContext]):
    """ConnectApp collection: ``/2010-04-01/Accounts/{AccountSid}/ConnectApps.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List ConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ConnectApp resources: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``; ``next_page()`` moves on."""
