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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this ConnectApp: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ConnectAppUpdateArgs,
        """Update this ConnectApp: ``POST /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorize_redirect_url (str): ``AuthorizeRedirectUrl``; uri; optional.
        company_name (str): ``CompanyName``; string; optional.
        deauthorize_callback_method (str): ``DeauthorizeCallbackMethod``; http-method; optional.
        deauthorize_callback_url (str): ``DeauthorizeCallbackUrl``; uri; optional.
        description (str): ``Description``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        homepage_url (str): ``HomepageUrl``; uri; optional.
        permissions (Sequence[ConnectAppPermission | str]): ``Permissions``; list<enum:connect_app_permission>; one of ``get-all``, ``post-all``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this ConnectApp: ``POST /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorize_redirect_url (str): ``AuthorizeRedirectUrl``; uri; optional.
        company_name (str): ``CompanyName``; string; optional.
        deauthorize_callback_method (str): ``DeauthorizeCallbackMethod``; http-method; optional.
        deauthorize_callback_url (str): ``DeauthorizeCallbackUrl``; uri; optional.
        description (str): ``Description``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        homepage_url (str): ``HomepageUrl``; uri; optional.
        permissions (Sequence[ConnectAppPermission | str]): ``Permissions``; list<enum:connect_app_permission>; one of ``get-all``, ``post-all``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConnectApp

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ConnectApp: ``DELETE /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this ConnectApp: ``DELETE /2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ConnectAppList(KeyedList[ConnectAppContext]):
    """ConnectApp collection: ``/2010-04-01/Accounts/{AccountSid}/ConnectApps.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List ConnectApp resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List ConnectApp resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ConnectApp resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConnectApp.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream ConnectApp resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConnectApp.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ConnectApp resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of ConnectApp resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/ConnectApps.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConnectApp]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
