# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAddress resources (``accounts.sip.ip_access_control_lists.ip_addresses``)."""

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
    from .types.accounts_sip_ip_access_control_lists_ip_addresses import SipIpAddress

_TYPES = Models(__package__, ".types.accounts_sip_ip_access_control_lists_ip_addresses")
_MODEL = _TYPES("SipIpAddress")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/IpAccessControlLists/{1}/IpAddresses.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/IpAccessControlLists/{1}/IpAddresses/{2}.json"
_CREATE: Operation[SipIpAddress] = Operation(
    "ip_addresses.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("ip_address", "IpAddress", FORM, "string", required=True),
    P("cidr_prefix_length", "CidrPrefixLength", FORM, "integer"),
)
_LIST: Operation[SipIpAddress] = Operation(
    "ip_addresses.list", "GET", _LIST_PATH, body="none", list_key="ip_addresses", model=_MODEL
)
_FETCH: Operation[SipIpAddress] = Operation(
    "ip_addresses.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipIpAddress] = Operation(
    "ip_addresses.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("ip_address", "IpAddress", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("cidr_prefix_length", "CidrPrefixLength", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("ip_addresses.delete", "DELETE", _INSTANCE_PATH, body="none")


class SipIpAddressCreateArgs(Args):
    friendly_name: str
    ip_address: str
    cidr_prefix_length: int | NotGiven = NOT_GIVEN


class SipIpAddressUpdateArgs(Args):
    ip_address: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    cidr_prefix_length: int | NotGiven = NOT_GIVEN


class SipIpAddressContext(InstanceContext):
    """One SipIpAddress: ``/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipIpAddress: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipIpAddress: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipIpAddressUpdateArgs,
        """Update this SipIpAddress: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_address (str): ``IpAddress``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipIpAddress: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_address (str): ``IpAddress``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipIpAddress: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipIpAddress: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^IP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SipIpAddressList(KeyedList[SipIpAddressContext]):
    """SipIpAddress collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IP[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipIpAddressCreateArgs,
        """Create a SipIpAddress: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        ip_address (str): ``IpAddress``; string; required.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipIpAddress: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        ip_address (str): ``IpAddress``; string; required.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAddress

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipIpAddress resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAddress]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipIpAddress resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAddress]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipIpAddress resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAddress.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipIpAddress resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAddress.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipIpAddress resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAddress]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipIpAddress resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAddress]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
