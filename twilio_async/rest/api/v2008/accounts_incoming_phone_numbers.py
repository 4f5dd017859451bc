# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
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
    from .accounts_incoming_phone_numbers_local import LocalIncomingPhoneNumberList
    from .accounts_incoming_phone_numbers_toll_free import TollFreeIncomingPhoneNumberList
    from .types.accounts_incoming_phone_numbers import IncomingPhoneNumber

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers")
_MODEL = _TYPES("IncomingPhoneNumber")
_LIST_PATH = "/2008-08-01/Accounts/{0}/IncomingPhoneNumbers"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/IncomingPhoneNumbers/{1}"
_LIST: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="IncomingPhoneNumbers",
    model=_MODEL,
).with_params(
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
)
_FETCH: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[IncomingPhoneNumber] = Operation(
    "incoming_phone_numbers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("url", "Url", FORM, "string", required=True),
    P("method", "Method", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_caller_id_lookup", "VoiceCallerIdLookup", FORM, "boolean"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "incoming_phone_numbers.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class IncomingPhoneNumberFilters(Args):
    phone_number: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberListArgs(IncomingPhoneNumberFilters, ListArgs): ...


class IncomingPhoneNumberPageArgs(IncomingPhoneNumberFilters, PageArgs): ...


class IncomingPhoneNumberUpdateArgs(Args):
    url: str
    method: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_caller_id_lookup: bool | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN


class IncomingPhoneNumberContext(InstanceContext):
    """One IncomingPhoneNumber: ``/2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IncomingPhoneNumber: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this IncomingPhoneNumber: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        IncomingPhoneNumberUpdateArgs,
        """Update this IncomingPhoneNumber: ``POST /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this IncomingPhoneNumber: ``POST /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this IncomingPhoneNumber: ``DELETE /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this IncomingPhoneNumber: ``DELETE /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``.

    The instance is addressed by ``{IncomingPhoneNumberSid}``, matching ``^PN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class IncomingPhoneNumberList(KeyedList[IncomingPhoneNumberContext]):
    """IncomingPhoneNumber collection: ``/2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``."""

    __slots__ = ()
    _key = ("IncomingPhoneNumberSid", "incoming_phone_number_sid", "^PN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        IncomingPhoneNumberListArgs,
        """List IncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List IncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        IncomingPhoneNumberListArgs,
        """Stream IncomingPhoneNumber resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream IncomingPhoneNumber resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        IncomingPhoneNumberPageArgs,
        """One page of IncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of IncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers``.

    Parameters are sent in the query string unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    local: Child[LocalIncomingPhoneNumberList] = Child(
        ".accounts_incoming_phone_numbers_local", "LocalIncomingPhoneNumberList"
    )
    toll_free: Child[TollFreeIncomingPhoneNumberList] = Child(
        ".accounts_incoming_phone_numbers_toll_free", "TollFreeIncomingPhoneNumberList"
    )
