# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredential resources (``accounts.sip.credential_lists.credentials``)."""

from __future__ import annotations

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
    from .types.accounts_sip_credential_lists_credentials import SipCredential

_TYPES = Models(__package__, ".types.accounts_sip_credential_lists_credentials")
_MODEL = _TYPES("SipCredential")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/CredentialLists/{1}/Credentials.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/CredentialLists/{1}/Credentials/{2}.json"
_CREATE: Operation[SipCredential] = Operation(
    "credentials.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("username", "Username", FORM, "string", required=True),
    P("password", "Password", FORM, "string", required=True),
)
_LIST: Operation[SipCredential] = Operation(
    "credentials.list", "GET", _LIST_PATH, body="none", list_key="credentials", model=_MODEL
)
_FETCH: Operation[SipCredential] = Operation(
    "credentials.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipCredential] = Operation(
    "credentials.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("password", "Password", FORM, "string"))
_DELETE: Operation[None] = Operation("credentials.delete", "DELETE", _INSTANCE_PATH, body="none")


class SipCredentialCreateArgs(Args):
    username: str
    password: str


class SipCredentialUpdateArgs(Args):
    password: str | NotGiven = NOT_GIVEN


class SipCredentialContext(InstanceContext):
    """One SipCredential: ``/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipCredential: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipCredential: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipCredentialUpdateArgs,
        """Update this SipCredential: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        password (str): ``Password``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipCredential: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        password (str): ``Password``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipCredential: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipCredential: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SipCredentialListResource(KeyedList[SipCredentialContext]):
    """SipCredential collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipCredentialCreateArgs,
        """Create a SipCredential: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Parameters are sent in the form body unless noted.

    Args:
        username (str): ``Username``; string; required.
        password (str): ``Password``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipCredential: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Parameters are sent in the form body unless noted.

    Args:
        username (str): ``Username``; string; required.
        password (str): ``Password``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredential

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipCredential resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredential]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipCredential resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredential]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipCredential resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredential.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipCredential resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredential.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipCredential resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredential]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipCredential resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredential]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
