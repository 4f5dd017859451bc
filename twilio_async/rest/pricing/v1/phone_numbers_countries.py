# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""PhoneNumberCountryInstance resources (``phone_numbers.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.phone_numbers_countries import PhoneNumberCountryInstance

_TYPES = Models(__package__, ".types.phone_numbers_countries")
_MODEL = _TYPES("PhoneNumberCountryInstance")
_LIST_PATH = "/v1/PhoneNumbers/Countries"
_INSTANCE_PATH = "/v1/PhoneNumbers/Countries/{0}"
_LIST: Operation[PhoneNumberCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[PhoneNumberCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PhoneNumberCountryInstanceContext(InstanceContext):
    """One PhoneNumberCountryInstance: ``/v1/PhoneNumbers/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PhoneNumberCountryInstance: ``GET /v1/PhoneNumbers/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumberCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this PhoneNumberCountryInstance: ``GET /v1/PhoneNumbers/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumberCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class PhoneNumberCountryInstanceList(KeyedList[PhoneNumberCountryInstanceContext]):
    """PhoneNumberCountryInstance collection: ``/v1/PhoneNumbers/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(
        ListArgs,
        """List PhoneNumberCountryInstance resources, every page up to ``limit`` items: ``GET /v1/PhoneNumbers/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PhoneNumberCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List PhoneNumberCountryInstance resources, every page up to ``limit`` items: ``GET /v1/PhoneNumbers/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PhoneNumberCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream PhoneNumberCountryInstance resources, one page in memory at a time: ``GET /v1/PhoneNumbers/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PhoneNumberCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream PhoneNumberCountryInstance resources, one page in memory at a time: ``GET /v1/PhoneNumbers/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PhoneNumberCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of PhoneNumberCountryInstance resources (``next_page()`` moves on): ``GET /v1/PhoneNumbers/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PhoneNumberCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of PhoneNumberCountryInstance resources (``next_page()`` moves on): ``GET /v1/PhoneNumbers/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PhoneNumberCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
