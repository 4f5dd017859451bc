# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""TollFreeIncomingPhoneNumber resources (``accounts.incoming_phone_numbers.toll_free``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.accounts_incoming_phone_numbers_toll_free import TollFreeIncomingPhoneNumber

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers_toll_free")
_MODEL = _TYPES("TollFreeIncomingPhoneNumber")
_LIST_PATH = "/2008-08-01/Accounts/{0}/IncomingPhoneNumbers/TollFree"
_CREATE: Operation[TollFreeIncomingPhoneNumber] = Operation(
    "toll_free.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("area_code", "AreaCode", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("url", "Url", FORM, "string"),
    P("method", "Method", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_caller_id_lookup", "VoiceCallerIdLookup", FORM, "boolean"),
)
_LIST: Operation[TollFreeIncomingPhoneNumber] = Operation(
    "toll_free.list", "GET", _LIST_PATH, body="none", list_key="IncomingPhoneNumbers", model=_MODEL
)


class TollFreeIncomingPhoneNumberCreateArgs(Args):
    area_code: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    url: str | NotGiven = NOT_GIVEN
    method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_caller_id_lookup: bool | NotGiven = NOT_GIVEN


class TollFreeIncomingPhoneNumberList(ListResource):
    """TollFreeIncomingPhoneNumber collection: ``/2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``."""

    __slots__ = ()
    create = _CREATE.call_method(
        TollFreeIncomingPhoneNumberCreateArgs,
        """Create a TollFreeIncomingPhoneNumber: ``POST /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Parameters are sent in the form body unless noted.

    Args:
        area_code (str): ``AreaCode``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        url (str): ``Url``; uri; optional.
        method (str): ``Method``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollFreeIncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a TollFreeIncomingPhoneNumber: ``POST /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Parameters are sent in the form body unless noted.

    Args:
        area_code (str): ``AreaCode``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        url (str): ``Url``; uri; optional.
        method (str): ``Method``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollFreeIncomingPhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List TollFreeIncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TollFreeIncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List TollFreeIncomingPhoneNumber resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TollFreeIncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream TollFreeIncomingPhoneNumber resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TollFreeIncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream TollFreeIncomingPhoneNumber resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TollFreeIncomingPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of TollFreeIncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TollFreeIncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of TollFreeIncomingPhoneNumber resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TollFreeIncomingPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
