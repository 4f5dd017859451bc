# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredentialList resources (``accounts.sip.credential_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .accounts_sip_credential_lists_credentials import SipCredentialListResource
    from .types.accounts_sip_credential_lists import SipCredentialList

_TYPES = Models(__package__, ".types.accounts_sip_credential_lists")
_MODEL = _TYPES("SipCredentialList")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/CredentialLists.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/CredentialLists/{1}.json"
_CREATE: Operation[SipCredentialList] = Operation(
    "credential_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[SipCredentialList] = Operation(
    "credential_lists.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="credential_lists",
    model=_MODEL,
)
_FETCH: Operation[SipCredentialList] = Operation(
    "credential_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipCredentialList] = Operation(
    "credential_lists.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_DELETE: Operation[None] = Operation(
    "credential_lists.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SipCredentialListCreateArgs(Args):
    friendly_name: str


class SipCredentialListUpdateArgs(Args):
    friendly_name: str


class SipCredentialListContext(InstanceContext):
    """One SipCredentialList: ``/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipCredentialList: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipCredentialList: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipCredentialListUpdateArgs,
        """Update this SipCredentialList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipCredentialList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipCredentialList: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipCredentialList: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    credentials: Child[SipCredentialListResource] = Child(
        ".accounts_sip_credential_lists_credentials", "SipCredentialListResource"
    )


class SipCredentialListList(KeyedList[SipCredentialListContext]):
    """SipCredentialList collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipCredentialListCreateArgs,
        """Create a SipCredentialList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipCredentialList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipCredentialList resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredentialList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipCredentialList resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredentialList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipCredentialList resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredentialList.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipCredentialList resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredentialList.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipCredentialList resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredentialList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipCredentialList resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredentialList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
