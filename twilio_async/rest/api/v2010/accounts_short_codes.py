# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ShortCode resources (``accounts.short_codes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
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
    from .types.accounts_short_codes import ShortCode

_TYPES = Models(__package__, ".types.accounts_short_codes")
_MODEL = _TYPES("ShortCode")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SMS/ShortCodes.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SMS/ShortCodes/{1}.json"
_LIST: Operation[ShortCode] = Operation(
    "short_codes.list", "GET", _LIST_PATH, body="none", list_key="short_codes", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("short_code", "ShortCode", QUERY, "string"),
)
_FETCH: Operation[ShortCode] = Operation(
    "short_codes.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ShortCode] = Operation(
    "short_codes.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("api_version", "ApiVersion", FORM, "string"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
)


class ShortCodeFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    short_code: str | NotGiven = NOT_GIVEN


class ShortCodeListArgs(ShortCodeFilters, ListArgs): ...


class ShortCodePageArgs(ShortCodeFilters, PageArgs): ...


class ShortCodeUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    api_version: str | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN


class ShortCodeContext(InstanceContext):
    """One ShortCode: ``/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ShortCode: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this ShortCode: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ShortCodeUpdateArgs,
        """Update this ShortCode: ``POST /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        api_version (str): ``ApiVersion``; string; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this ShortCode: ``POST /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^SC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        api_version (str): ``ApiVersion``; string; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ShortCode

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ShortCodeList(KeyedList[ShortCodeContext]):
    """ShortCode collection: ``/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SC[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ShortCodeListArgs,
        """List ShortCode resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ShortCode]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List ShortCode resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ShortCode]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ShortCodeListArgs,
        """Stream ShortCode resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ShortCode.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream ShortCode resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ShortCode.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        ShortCodePageArgs,
        """One page of ShortCode resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ShortCode]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of ShortCode resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        short_code (str): ``ShortCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ShortCode]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
