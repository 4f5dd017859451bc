# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumber resources (``accounts.incoming_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .accounts_incoming_phone_numbers_assigned_add_ons import (
        IncomingPhoneNumberAssignedAddOnList,
    )
    from .accounts_incoming_phone_numbers_local import IncomingPhoneNumberLocalList
    from .accounts_incoming_phone_numbers_mobile import IncomingPhoneNumberMobileList
    from .accounts_incoming_phone_numbers_toll_free import IncomingPhoneNumberTollFreeList
    from .enums import IncomingPhoneNumberEmergencyStatus, IncomingPhoneNumberVoiceReceiveMode
    from .types.accounts_incoming_phone_numbers import IncomingPhoneNumber

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers")
_MODEL = _TYPES("IncomingPhoneNumber")
_LIST_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}.json"
_CREATE: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
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
    P("emergency_status", "EmergencyStatus", FORM, "string"),
    P("emergency_address_sid", "EmergencyAddressSid", FORM, "string"),
    P("trunk_sid", "TrunkSid", FORM, "string"),
    P("identity_sid", "IdentitySid", FORM, "string"),
    P("address_sid", "AddressSid", FORM, "string"),
    P("voice_receive_mode", "VoiceReceiveMode", FORM, "string"),
    P("bundle_sid", "BundleSid", FORM, "string"),
    P("phone_number", "PhoneNumber", FORM, "string"),
    P("area_code", "AreaCode", FORM, "string"),
)
_LIST: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="incoming_phone_numbers",
    model=_MODEL,
).with_params(
    P("beta", "Beta", QUERY, "boolean"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("origin", "Origin", QUERY, "string"),
)
_FETCH: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("account_sid", "AccountSid", FORM, "string"),
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
    P("emergency_status", "EmergencyStatus", FORM, "string"),
    P("emergency_address_sid", "EmergencyAddressSid", FORM, "string"),
    P("trunk_sid", "TrunkSid", FORM, "string"),
    P("voice_receive_mode", "VoiceReceiveMode", FORM, "string"),
    P("identity_sid", "IdentitySid", FORM, "string"),
    P("address_sid", "AddressSid", FORM, "string"),
    P("bundle_sid", "BundleSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "incoming_phone_numbers.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class IncomingPhoneNumberCreateArgs(Args):
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
    emergency_status: IncomingPhoneNumberEmergencyStatus | str | NotGiven = NOT_GIVEN
    emergency_address_sid: str | NotGiven = NOT_GIVEN
    trunk_sid: str | NotGiven = NOT_GIVEN
    identity_sid: str | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | str | NotGiven = NOT_GIVEN
    bundle_sid: str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    area_code: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberFilters(Args):
    beta: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    origin: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberListArgs(IncomingPhoneNumberFilters, ListArgs): ...


class IncomingPhoneNumberPageArgs(IncomingPhoneNumberFilters, PageArgs): ...


class IncomingPhoneNumberUpdateArgs(Args):
    account_sid: str | NotGiven = NOT_GIVEN
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
    emergency_status: IncomingPhoneNumberEmergencyStatus | str | NotGiven = NOT_GIVEN
    emergency_address_sid: str | NotGiven = NOT_GIVEN
    trunk_sid: str | NotGiven = NOT_GIVEN
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | str | NotGiven = NOT_GIVEN
    identity_sid: str | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN
    bundle_sid: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberContext(InstanceContext):
    """One IncomingPhoneNumber: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IncomingPhoneNumber: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this IncomingPhoneNumber: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        IncomingPhoneNumberUpdateArgs,
        """Update this IncomingPhoneNumber: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
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
        emergency_status (IncomingPhoneNumberEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_voice_receive_mode; one of ``voice``, ``fax``; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this IncomingPhoneNumber: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
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
        emergency_status (IncomingPhoneNumberEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_voice_receive_mode; one of ``voice``, ``fax``; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this IncomingPhoneNumber: ``DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this IncomingPhoneNumber: ``DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    assigned_add_ons: Child[IncomingPhoneNumberAssignedAddOnList] = Child(
        ".accounts_incoming_phone_numbers_assigned_add_ons", "IncomingPhoneNumberAssignedAddOnList"
    )


class IncomingPhoneNumberList(KeyedList[IncomingPhoneNumberContext]):
    """IncomingPhoneNumber collection: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        IncomingPhoneNumberCreateArgs,
        """Create a IncomingPhoneNumber: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

    Parameters are sent in the form body unless noted.

    Args:
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
        emergency_status (IncomingPhoneNumberEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_voice_receive_mode; one of ``voice``, ``fax``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        area_code (str): ``AreaCode``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a IncomingPhoneNumber: ``POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

    Parameters are sent in the form body unless noted.

    Args:
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
        emergency_status (IncomingPhoneNumberEmergencyStatus | str): ``EmergencyStatus``; enum:incoming_phone_number_emergency_status; one of ``Active``, ``Inactive``; optional.
        emergency_address_sid (str): ``EmergencyAddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        trunk_sid (str): ``TrunkSid``; string; matching ``^TK[0-9a-fA-F]{32}$``; optional.
        identity_sid (str): ``IdentitySid``; string; matching ``^RI[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        voice_receive_mode (IncomingPhoneNumberVoiceReceiveMode | str): ``VoiceReceiveMode``; enum:incoming_phone_number_voice_receive_mode; one of ``voice``, ``fax``; optional.
        bundle_sid (str): ``BundleSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        area_code (str): ``AreaCode``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        IncomingPhoneNumberListArgs,
        """List IncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        list[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List IncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        list[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        IncomingPhoneNumberListArgs,
        """Stream IncomingPhoneNumber resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        An async iterator of IncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream IncomingPhoneNumber resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        An async iterator of IncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        IncomingPhoneNumberPageArgs,
        """One page of IncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        Page[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of IncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json``.

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
        Page[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    local: Child[IncomingPhoneNumberLocalList] = Child(
        ".accounts_incoming_phone_numbers_local", "IncomingPhoneNumberLocalList"
    )
    mobile: Child[IncomingPhoneNumberMobileList] = Child(
        ".accounts_incoming_phone_numbers_mobile", "IncomingPhoneNumberMobileList"
    )
    toll_free: Child[IncomingPhoneNumberTollFreeList] = Child(
        ".accounts_incoming_phone_numbers_toll_free", "IncomingPhoneNumberTollFreeList"
    )
