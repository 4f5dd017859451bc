# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAccessControlListMapping resources (``accounts.sip.domains.ip_access_control_list_mappings``)."""

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

if TYPE_CHECKING:
    from .types.accounts_sip_domains_ip_access_control_list_mappings import (
        SipIpAccessControlListMapping,
    )

_TYPES = Models(__package__, ".types.accounts_sip_domains_ip_access_control_list_mappings")
_MODEL = _TYPES("SipIpAccessControlListMapping")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/IpAccessControlListMappings.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/IpAccessControlListMappings/{2}.json"
_CREATE: Operation[SipIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_access_control_list_sid", "IpAccessControlListSid", FORM, "string", required=True)
)
_LIST: Operation[SipIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="ip_access_control_list_mappings",
    model=_MODEL,
)
_FETCH: Operation[SipIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "ip_access_control_list_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SipIpAccessControlListMappingCreateArgs(Args):
    ip_access_control_list_sid: str


class SipIpAccessControlListMappingContext(InstanceContext):
    """One SipIpAccessControlListMapping: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipIpAccessControlListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipIpAccessControlListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipIpAccessControlListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipIpAccessControlListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SipIpAccessControlListMappingList(KeyedList[SipIpAccessControlListMappingContext]):
    """SipIpAccessControlListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipIpAccessControlListMappingCreateArgs,
        """Create a SipIpAccessControlListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipIpAccessControlListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipIpAccessControlListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipIpAccessControlListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipIpAccessControlListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAccessControlListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipIpAccessControlListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipIpAccessControlListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipIpAccessControlListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipIpAccessControlListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
