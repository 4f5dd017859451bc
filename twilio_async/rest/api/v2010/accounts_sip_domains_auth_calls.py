# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypeCalls resources (``accounts.sip.domains.auth.calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_sip_domains_auth_calls_credential_list_mappings import (
        AuthCallsCredentialListMappingList,
    )
    from .accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
        AuthCallsIpAccessControlListMappingList,
    )


class AuthTypeCallsList(ListResource):
    """AuthTypeCalls collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls.json``."""

    __slots__ = ()
    credential_list_mappings: Child[AuthCallsCredentialListMappingList] = Child(
        ".accounts_sip_domains_auth_calls_credential_list_mappings",
        "AuthCallsCredentialListMappingList",
    )
    ip_access_control_list_mappings: Child[AuthCallsIpAccessControlListMappingList] = Child(
        ".accounts_sip_domains_auth_calls_ip_access_control_list_mappings",
        "AuthCallsIpAccessControlListMappingList",
    )
