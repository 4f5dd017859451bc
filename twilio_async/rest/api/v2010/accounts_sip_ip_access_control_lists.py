# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAccessControlList resources (``accounts.sip.ip_access_control_lists``)."""

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
    from .accounts_sip_ip_access_control_lists_ip_addresses import SipIpAddressList
    from .types.accounts_sip_ip_access_control_lists import SipIpAccessControlList

_TYPES = Models(__package__, ".types.accounts_sip_ip_access_control_lists")
_MODEL = _TYPES("SipIpAccessControlList")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/IpAccessControlLists.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/IpAccessControlLists/{1}.json"
_CREATE: Operation[SipIpAccessControlList] = Operation(
    "ip_access_control_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[SipIpAccessControlList] = Operation(
    "ip_access_control_lists.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="ip_access_control_lists",
    model=_MODEL,
)
_FETCH: Operation[SipIpAccessControlList] = Operation(
    "ip_access_control_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipIpAccessControlList] = Operation(
    "ip_access_control_lists.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_DELETE: Operation[None] = Operation(
    "ip_access_control_lists.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SipIpAccessControlListCreateArgs(Args):
    friendly_name: str


class SipIpAccessControlListUpdateArgs(Args):
    friendly_name: str


class SipIpAccessControlListContext(InstanceContext):
    """One SipIpAccessControlList: ``/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipIpAccessControlList: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipIpAccessControlList: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipIpAccessControlListUpdateArgs,
        """Update this SipIpAccessControlList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipIpAccessControlList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipIpAccessControlList: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipIpAccessControlList: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    ip_addresses: Child[SipIpAddressList] = Child(
        ".accounts_sip_ip_access_control_lists_ip_addresses", "SipIpAddressList"
    )


class SipIpAccessControlListList(KeyedList[SipIpAccessControlListContext]):
    """SipIpAccessControlList collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipIpAccessControlListCreateArgs,
        """Create a SipIpAccessControlList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipIpAccessControlList: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlList

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipIpAccessControlList resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipIpAccessControlList resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipIpAccessControlList resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAccessControlList.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipIpAccessControlList resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAccessControlList.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipIpAccessControlList resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipIpAccessControlList resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
