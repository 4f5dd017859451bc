# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthTypes resources (``accounts.sip.domains.auth``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_sip_domains_auth_calls import AuthTypeCallsList
    from .accounts_sip_domains_auth_registrations import AuthTypeRegistrationsList


class AuthTypesList(ListResource):
    """AuthTypes collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth.json``."""

    __slots__ = ()
    calls: Child[AuthTypeCallsList] = Child(".accounts_sip_domains_auth_calls", "AuthTypeCallsList")
    registrations: Child[AuthTypeRegistrationsList] = Child(
        ".accounts_sip_domains_auth_registrations", "AuthTypeRegistrationsList"
    )
