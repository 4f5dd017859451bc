# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthCallsIpAccessControlListMapping resources (``accounts.sip.domains.auth.calls.ip_access_control_list_mappings``)."""

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
    from .types.accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
        AuthCallsIpAccessControlListMapping,
    )

_TYPES = Models(
    __package__, ".types.accounts_sip_domains_auth_calls_ip_access_control_list_mappings"
)
_MODEL = _TYPES("AuthCallsIpAccessControlListMapping")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Calls/IpAccessControlListMappings.json"
_INSTANCE_PATH = (
    "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Calls/IpAccessControlListMappings/{2}.json"
)
_CREATE: Operation[AuthCallsIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_access_control_list_sid", "IpAccessControlListSid", FORM, "string", required=True)
)
_LIST: Operation[AuthCallsIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="contents",
    model=_MODEL,
)
_FETCH: Operation[AuthCallsIpAccessControlListMapping] = Operation(
    "ip_access_control_list_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "ip_access_control_list_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class AuthCallsIpAccessControlListMappingCreateArgs(Args):
    ip_access_control_list_sid: str


class AuthCallsIpAccessControlListMappingContext(InstanceContext):
    """One AuthCallsIpAccessControlListMapping: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthCallsIpAccessControlListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AuthCallsIpAccessControlListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AuthCallsIpAccessControlListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this AuthCallsIpAccessControlListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AuthCallsIpAccessControlListMappingList(
    KeyedList[AuthCallsIpAccessControlListMappingContext]
):
    """AuthCallsIpAccessControlListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AuthCallsIpAccessControlListMappingCreateArgs,
        """Create a AuthCallsIpAccessControlListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a AuthCallsIpAccessControlListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsIpAccessControlListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List AuthCallsIpAccessControlListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthCallsIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AuthCallsIpAccessControlListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthCallsIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AuthCallsIpAccessControlListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthCallsIpAccessControlListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AuthCallsIpAccessControlListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthCallsIpAccessControlListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AuthCallsIpAccessControlListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthCallsIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AuthCallsIpAccessControlListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthCallsIpAccessControlListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
