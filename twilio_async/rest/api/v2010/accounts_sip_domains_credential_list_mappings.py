# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredentialListMapping resources (``accounts.sip.domains.credential_list_mappings``)."""

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
    from .types.accounts_sip_domains_credential_list_mappings import SipCredentialListMapping

_TYPES = Models(__package__, ".types.accounts_sip_domains_credential_list_mappings")
_MODEL = _TYPES("SipCredentialListMapping")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/CredentialListMappings.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/CredentialListMappings/{2}.json"
_CREATE: Operation[SipCredentialListMapping] = Operation(
    "credential_list_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("credential_list_sid", "CredentialListSid", FORM, "string", required=True))
_LIST: Operation[SipCredentialListMapping] = Operation(
    "credential_list_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="credential_list_mappings",
    model=_MODEL,
)
_FETCH: Operation[SipCredentialListMapping] = Operation(
    "credential_list_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "credential_list_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SipCredentialListMappingCreateArgs(Args):
    credential_list_sid: str


class SipCredentialListMappingContext(InstanceContext):
    """One SipCredentialListMapping: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SipCredentialListMappingList(KeyedList[SipCredentialListMappingContext]):
    """SipCredentialListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SipCredentialListMappingCreateArgs,
        """Create a SipCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
