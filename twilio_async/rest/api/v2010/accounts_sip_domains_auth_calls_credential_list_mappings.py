# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthCallsCredentialListMapping resources (``accounts.sip.domains.auth.calls.credential_list_mappings``)."""

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
    from .types.accounts_sip_domains_auth_calls_credential_list_mappings import (
        AuthCallsCredentialListMapping,
    )

_TYPES = Models(__package__, ".types.accounts_sip_domains_auth_calls_credential_list_mappings")
_MODEL = _TYPES("AuthCallsCredentialListMapping")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Calls/CredentialListMappings.json"
_INSTANCE_PATH = (
    "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Calls/CredentialListMappings/{2}.json"
)
_CREATE: Operation[AuthCallsCredentialListMapping] = Operation(
    "credential_list_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("credential_list_sid", "CredentialListSid", FORM, "string", required=True))
_LIST: Operation[AuthCallsCredentialListMapping] = Operation(
    "credential_list_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="contents",
    model=_MODEL,
)
_FETCH: Operation[AuthCallsCredentialListMapping] = Operation(
    "credential_list_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "credential_list_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class AuthCallsCredentialListMappingCreateArgs(Args):
    credential_list_sid: str


class AuthCallsCredentialListMappingContext(InstanceContext):
    """One AuthCallsCredentialListMapping: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthCallsCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AuthCallsCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AuthCallsCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this AuthCallsCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AuthCallsCredentialListMappingList(KeyedList[AuthCallsCredentialListMappingContext]):
    """AuthCallsCredentialListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AuthCallsCredentialListMappingCreateArgs,
        """Create a AuthCallsCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a AuthCallsCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthCallsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List AuthCallsCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthCallsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AuthCallsCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthCallsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AuthCallsCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthCallsCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AuthCallsCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthCallsCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AuthCallsCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthCallsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AuthCallsCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthCallsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
