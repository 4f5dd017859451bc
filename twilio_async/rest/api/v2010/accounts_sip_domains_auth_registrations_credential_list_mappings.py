# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthRegistrationsCredentialListMapping resources (``accounts.sip.domains.auth.registrations.credential_list_mappings``)."""

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
    from .types.accounts_sip_domains_auth_registrations_credential_list_mappings import (
        AuthRegistrationsCredentialListMapping,
    )

_TYPES = Models(
    __package__, ".types.accounts_sip_domains_auth_registrations_credential_list_mappings"
)
_MODEL = _TYPES("AuthRegistrationsCredentialListMapping")
_LIST_PATH = (
    "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Registrations/CredentialListMappings.json"
)
_INSTANCE_PATH = (
    "/2010-04-01/Accounts/{0}/SIP/Domains/{1}/Auth/Registrations/CredentialListMappings/{2}.json"
)
_CREATE: Operation[AuthRegistrationsCredentialListMapping] = Operation(
    "credential_list_mappings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("credential_list_sid", "CredentialListSid", FORM, "string", required=True))
_LIST: Operation[AuthRegistrationsCredentialListMapping] = Operation(
    "credential_list_mappings.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="contents",
    model=_MODEL,
)
_FETCH: Operation[AuthRegistrationsCredentialListMapping] = Operation(
    "credential_list_mappings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "credential_list_mappings.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class AuthRegistrationsCredentialListMappingCreateArgs(Args):
    credential_list_sid: str


class AuthRegistrationsCredentialListMappingContext(InstanceContext):
    """One AuthRegistrationsCredentialListMapping: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthRegistrationsCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthRegistrationsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AuthRegistrationsCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthRegistrationsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AuthRegistrationsCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this AuthRegistrationsCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AuthRegistrationsCredentialListMappingList(
    KeyedList[AuthRegistrationsCredentialListMappingContext]
):
    """AuthRegistrationsCredentialListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AuthRegistrationsCredentialListMappingCreateArgs,
        """Create a AuthRegistrationsCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthRegistrationsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a AuthRegistrationsCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthRegistrationsCredentialListMapping

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List AuthRegistrationsCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthRegistrationsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AuthRegistrationsCredentialListMapping resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthRegistrationsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AuthRegistrationsCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthRegistrationsCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AuthRegistrationsCredentialListMapping resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthRegistrationsCredentialListMapping.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AuthRegistrationsCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthRegistrationsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AuthRegistrationsCredentialListMapping resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthRegistrationsCredentialListMapping]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
