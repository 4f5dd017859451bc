# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Sip resources (``accounts.sip``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_sip_credential_lists import SipCredentialListList
    from .accounts_sip_domains import SipDomainList
    from .accounts_sip_ip_access_control_lists import SipIpAccessControlListList


class SipList(ListResource):
    """Sip collection: ``/2010-04-01/Accounts/{AccountSid}/SIP.json``."""

    __slots__ = ()
    credential_lists: Child[SipCredentialListList] = Child(
        ".accounts_sip_credential_lists", "SipCredentialListList"
    )
    domains: Child[SipDomainList] = Child(".accounts_sip_domains", "SipDomainList")
    ip_access_control_lists: Child[SipIpAccessControlListList] = Child(
        ".accounts_sip_ip_access_control_lists", "SipIpAccessControlListList"
    )
