# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypeRegistrations resources (``accounts.sip.domains.auth.registrations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_sip_domains_auth_registrations_credential_list_mappings import (
        AuthRegistrationsCredentialListMappingList,
    )


class AuthTypeRegistrationsList(ListResource):
    """AuthTypeRegistrations collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations.json``."""

    __slots__ = ()
    credential_list_mappings: Child[AuthRegistrationsCredentialListMappingList] = Child(
        ".accounts_sip_domains_auth_registrations_credential_list_mappings",
        "AuthRegistrationsCredentialListMappingList",
    )
