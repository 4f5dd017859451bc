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
    fetch = _FETCH.call_method(Args)
    """Fetch this AuthRegistrationsCredentialListMapping: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this AuthRegistrationsCredentialListMapping: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json``; returns True."""


class AuthRegistrationsCredentialListMappingList(
    KeyedList[AuthRegistrationsCredentialListMappingContext]
):
    """AuthRegistrationsCredentialListMapping collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(AuthRegistrationsCredentialListMappingCreateArgs)
    """Create a AuthRegistrationsCredentialListMapping: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``."""
    list = _LIST.list_method(ListArgs)
    """List AuthRegistrationsCredentialListMapping resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AuthRegistrationsCredentialListMapping resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AuthRegistrationsCredentialListMapping resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json``; ``next_page()`` moves on."""
