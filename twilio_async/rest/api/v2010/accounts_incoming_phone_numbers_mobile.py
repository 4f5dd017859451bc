# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumberMobile resources (``accounts.incoming_phone_numbers.mobile``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        IncomingPhoneNumberMobileEmergencyStatus,
        IncomingPhoneNumberMobileVoiceReceiveMode,
    )
    from .types.accounts_incoming_phone_numbers_mobile import IncomingPhoneNumberMobile

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers_mobile")
_MODEL = _TYPES("IncomingPhoneNumberMobile")
_LIST_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/Mobile.json"
_CREATE: Operation[IncomingPhoneNumberMobile] = Operation(
    "mobile.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("phone_number", "PhoneNumber", FORM, "string", required=True),
    P("api_version", "ApiVersion", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("sms_application_sid", "SmsApplicationSid", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("voice_application_sid", "VoiceApplicationSid", FORM, "string"),
    P("voice_caller_id_lookup", "VoiceCallerIdLookup", FORM, "boolean"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("identity_sid", "IdentitySid", FORM, "string"),
    P("address_sid", "AddressSid", FORM, "string"),
    P("emergency_status", "EmergencyStatus", FORM, "string"),
    P("emergency_address_sid", "EmergencyAddressSid", FORM, "string"),
    P("trunk_sid", "TrunkSid", FORM, "string"),
    P("voice_receive_mode", "VoiceReceiveMode", FORM, "string"),
    P("bundle_sid", "BundleSid", FORM, "string"),
)
_LIST: Operation[IncomingPhoneNumberMobile] = Operation(
    "mobile.list", "GET", _LIST_PATH, body="none", list_key="incoming_phone_numbers", model=_MODEL
).with_params(
    P("beta", "Beta", QUERY, "boolean"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("origin", "Origin", QUERY, "string"),
)


class IncomingPhoneNumberMobileCreateArgs(Args):
    phone_number: str
    api_version: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    sms_application_sid: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    voice_application_sid: str | NotGiven = NOT_GIVEN
    voice_caller_id_lookup: bool | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    identity_sid: str | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN
    emergency_status: IncomingPhoneNumberMobileEmergencyStatus | str | NotGiven = NOT_GIVEN
    emergency_address_sid: str | NotGiven = NOT_GIVEN
    trunk_sid: str | NotGiven = NOT_GIVEN
    voice_receive_mode: IncomingPhoneNumberMobileVoiceReceiveMode | str | NotGiven = NOT_GIVEN
    bundle_sid: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberMobileFilters(Args):
    beta: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    origin: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberMobileListArgs(IncomingPhoneNumberMobileFilters, ListArgs): ...


class IncomingPhoneNumberMobilePageArgs(IncomingPhoneNumberMobileFilters, PageArgs): ...


class IncomingPhoneNumberMobileList(ListResource):
    """IncomingPhoneNumberMobile collection: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``."""

    __slots__ = ()
    create = _CREATE.call_method(
        IncomingPhoneNumberMobileCreateArgs,
        """Create a IncomingPhoneNumberMobile: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        api_version (str): ``ApiVersion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        sms_application_sid (str): ``SmsApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_application_sid (str): ``VoiceApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        emergency_status (IncomingPhoneNumberMobileEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_mobile_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberMobileVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_mobile_voice_receive_mode; one of ``voice``, ``fax``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberMobile

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a IncomingPhoneNumberMobile: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        api_version (str): ``ApiVersion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        sms_application_sid (str): ``SmsApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_application_sid (str): ``VoiceApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        emergency_status (IncomingPhoneNumberMobileEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_mobile_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberMobileVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_mobile_voice_receive_mode; one of ``voice``, ``fax``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumberMobile

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        IncomingPhoneNumberMobileListArgs,
        """List IncomingPhoneNumberMobile resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumberMobile]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List IncomingPhoneNumberMobile resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumberMobile]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        IncomingPhoneNumberMobileListArgs,
        """Stream IncomingPhoneNumberMobile resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumberMobile.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream IncomingPhoneNumberMobile resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumberMobile.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        IncomingPhoneNumberMobilePageArgs,
        """One page of IncomingPhoneNumberMobile resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumberMobile]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of IncomingPhoneNumberMobile resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json``.

    Parameters are sent in the query string unless noted.

    Args:
        beta (bool): ``Beta``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        origin (str): ``Origin``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumberMobile]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
