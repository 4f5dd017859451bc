# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipDomain resources (``accounts.sip.domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .accounts_sip_domains_auth import AuthTypesList
    from .accounts_sip_domains_credential_list_mappings import SipCredentialListMappingList
    from .accounts_sip_domains_ip_access_control_list_mappings import (
        SipIpAccessControlListMappingList,
    )
    from .types.accounts_sip_domains import SipDomain

_TYPES = Models(__package__, ".types.accounts_sip_domains")
_MODEL = _TYPES("SipDomain")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SIP/Domains/{1}.json"
_CREATE: Operation[SipDomain] = Operation(
    "domains.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("domain_name", "DomainName", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_status_callback_url", "VoiceStatusCallbackUrl", FORM, "string"),
    P("voice_status_callback_method", "VoiceStatusCallbackMethod", FORM, "string"),
    P("sip_registration", "SipRegistration", FORM, "boolean"),
    P("emergency_calling_enabled", "EmergencyCallingEnabled", FORM, "boolean"),
    P("secure", "Secure", FORM, "boolean"),
    P("byoc_trunk_sid", "ByocTrunkSid", FORM, "string"),
    P("emergency_caller_sid", "EmergencyCallerSid", FORM, "string"),
)
_LIST: Operation[SipDomain] = Operation(
    "domains.list", "GET", _LIST_PATH, body="none", list_key="domains", model=_MODEL
)
_FETCH: Operation[SipDomain] = Operation(
    "domains.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipDomain] = Operation(
    "domains.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_status_callback_method", "VoiceStatusCallbackMethod", FORM, "string"),
    P("voice_status_callback_url", "VoiceStatusCallbackUrl", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("sip_registration", "SipRegistration", FORM, "boolean"),
    P("domain_name", "DomainName", FORM, "string"),
    P("emergency_calling_enabled", "EmergencyCallingEnabled", FORM, "boolean"),
    P("secure", "Secure", FORM, "boolean"),
    P("byoc_trunk_sid", "ByocTrunkSid", FORM, "string"),
    P("emergency_caller_sid", "EmergencyCallerSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("domains.delete", "DELETE", _INSTANCE_PATH, body="none")


class SipDomainCreateArgs(Args):
    domain_name: str
    friendly_name: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_status_callback_url: str | NotGiven = NOT_GIVEN
    voice_status_callback_method: str | NotGiven = NOT_GIVEN
    sip_registration: bool | NotGiven = NOT_GIVEN
    emergency_calling_enabled: bool | NotGiven = NOT_GIVEN
    secure: bool | NotGiven = NOT_GIVEN
    byoc_trunk_sid: str | NotGiven = NOT_GIVEN
    emergency_caller_sid: str | NotGiven = NOT_GIVEN


class SipDomainUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_status_callback_method: str | NotGiven = NOT_GIVEN
    voice_status_callback_url: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    sip_registration: bool | NotGiven = NOT_GIVEN
    domain_name: str | NotGiven = NOT_GIVEN
    emergency_calling_enabled: bool | NotGiven = NOT_GIVEN
    secure: bool | NotGiven = NOT_GIVEN
    byoc_trunk_sid: str | NotGiven = NOT_GIVEN
    emergency_caller_sid: str | NotGiven = NOT_GIVEN


class SipDomainContext(InstanceContext):
    """One SipDomain: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SipDomain: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``."""
    update = _UPDATE.call_method(SipDomainUpdateArgs)
    """Update this SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SipDomain: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``; returns True."""
    auth: Child[AuthTypesList] = Child(".accounts_sip_domains_auth", "AuthTypesList")
    credential_list_mappings: Child[SipCredentialListMappingList] = Child(
        ".accounts_sip_domains_credential_list_mappings", "SipCredentialListMappingList"
    )
    ip_access_control_list_mappings: Child[SipIpAccessControlListMappingList] = Child(
        ".accounts_sip_domains_ip_access_control_list_mappings", "SipIpAccessControlListMappingList"
    )


class SipDomainList(KeyedList[SipDomainContext]):
    """SipDomain collection: ``/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SipDomainCreateArgs)
    """Create a SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``."""
    list = _LIST.list_method(ListArgs)
    """List SipDomain resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SipDomain resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SipDomain resources: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``; ``next_page()`` moves on."""
