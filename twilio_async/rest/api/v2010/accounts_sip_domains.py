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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipDomain: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipDomain: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipDomainUpdateArgs,
        """Update this SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_status_callback_method (str): ``VoiceStatusCallbackMethod``; http-method; optional.
        voice_status_callback_url (str): ``VoiceStatusCallbackUrl``; uri; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        sip_registration (bool): ``SipRegistration``; boolean; optional.
        domain_name (str): ``DomainName``; string; optional.
        emergency_calling_enabled (bool): ``EmergencyCallingEnabled``; boolean; optional.
        secure (bool): ``Secure``; boolean; optional.
        byoc_trunk_sid (str): ``ByocTrunkSid``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        emergency_caller_sid (str): ``EmergencyCallerSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_status_callback_method (str): ``VoiceStatusCallbackMethod``; http-method; optional.
        voice_status_callback_url (str): ``VoiceStatusCallbackUrl``; uri; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        sip_registration (bool): ``SipRegistration``; boolean; optional.
        domain_name (str): ``DomainName``; string; optional.
        emergency_calling_enabled (bool): ``EmergencyCallingEnabled``; boolean; optional.
        secure (bool): ``Secure``; boolean; optional.
        byoc_trunk_sid (str): ``ByocTrunkSid``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        emergency_caller_sid (str): ``EmergencyCallerSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SipDomain: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this SipDomain: ``DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
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
    create = _CREATE.call_method(
        SipDomainCreateArgs,
        """Create a SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Parameters are sent in the form body unless noted.

    Args:
        domain_name (str): ``DomainName``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_status_callback_url (str): ``VoiceStatusCallbackUrl``; uri; optional.
        voice_status_callback_method (str): ``VoiceStatusCallbackMethod``; http-method; optional.
        sip_registration (bool): ``SipRegistration``; boolean; optional.
        emergency_calling_enabled (bool): ``EmergencyCallingEnabled``; boolean; optional.
        secure (bool): ``Secure``; boolean; optional.
        byoc_trunk_sid (str): ``ByocTrunkSid``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        emergency_caller_sid (str): ``EmergencyCallerSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a SipDomain: ``POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Parameters are sent in the form body unless noted.

    Args:
        domain_name (str): ``DomainName``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_status_callback_url (str): ``VoiceStatusCallbackUrl``; uri; optional.
        voice_status_callback_method (str): ``VoiceStatusCallbackMethod``; http-method; optional.
        sip_registration (bool): ``SipRegistration``; boolean; optional.
        emergency_calling_enabled (bool): ``EmergencyCallingEnabled``; boolean; optional.
        secure (bool): ``Secure``; boolean; optional.
        byoc_trunk_sid (str): ``ByocTrunkSid``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        emergency_caller_sid (str): ``EmergencyCallerSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List SipDomain resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipDomain]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List SipDomain resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SipDomain]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SipDomain resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipDomain.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream SipDomain resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SipDomain.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SipDomain resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipDomain]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of SipDomain resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SipDomain]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
