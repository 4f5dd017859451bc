# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Address resources (``accounts.addresses``)."""

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
    from .accounts_addresses_dependent_phone_numbers import DependentPhoneNumberList
    from .types.accounts_addresses import Address

_TYPES = Models(__package__, ".types.accounts_addresses")
_MODEL = _TYPES("Address")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Addresses.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Addresses/{1}.json"
_CREATE: Operation[Address] = Operation(
    "addresses.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("customer_name", "CustomerName", FORM, "string", required=True),
    P("street", "Street", FORM, "string", required=True),
    P("city", "City", FORM, "string", required=True),
    P("region", "Region", FORM, "string", required=True),
    P("postal_code", "PostalCode", FORM, "string", required=True),
    P("iso_country", "IsoCountry", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("emergency_enabled", "EmergencyEnabled", FORM, "boolean"),
    P("auto_correct_address", "AutoCorrectAddress", FORM, "boolean"),
    P("street_secondary", "StreetSecondary", FORM, "string"),
)
_LIST: Operation[Address] = Operation(
    "addresses.list", "GET", _LIST_PATH, body="none", list_key="addresses", model=_MODEL
).with_params(
    P("customer_name", "CustomerName", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("emergency_enabled", "EmergencyEnabled", QUERY, "boolean"),
    P("iso_country", "IsoCountry", QUERY, "string"),
)
_FETCH: Operation[Address] = Operation(
    "addresses.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Address] = Operation(
    "addresses.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("customer_name", "CustomerName", FORM, "string"),
    P("street", "Street", FORM, "string"),
    P("city", "City", FORM, "string"),
    P("region", "Region", FORM, "string"),
    P("postal_code", "PostalCode", FORM, "string"),
    P("emergency_enabled", "EmergencyEnabled", FORM, "boolean"),
    P("auto_correct_address", "AutoCorrectAddress", FORM, "boolean"),
    P("street_secondary", "StreetSecondary", FORM, "string"),
)
_DELETE: Operation[None] = Operation("addresses.delete", "DELETE", _INSTANCE_PATH, body="none")


class AddressCreateArgs(Args):
    customer_name: str
    street: str
    city: str
    region: str
    postal_code: str
    iso_country: str
    friendly_name: str | NotGiven = NOT_GIVEN
    emergency_enabled: bool | NotGiven = NOT_GIVEN
    auto_correct_address: bool | NotGiven = NOT_GIVEN
    street_secondary: str | NotGiven = NOT_GIVEN


class AddressFilters(Args):
    customer_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    emergency_enabled: bool | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN


class AddressListArgs(AddressFilters, ListArgs): ...


class AddressPageArgs(AddressFilters, PageArgs): ...


class AddressUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    customer_name: str | NotGiven = NOT_GIVEN
    street: str | NotGiven = NOT_GIVEN
    city: str | NotGiven = NOT_GIVEN
    region: str | NotGiven = NOT_GIVEN
    postal_code: str | NotGiven = NOT_GIVEN
    emergency_enabled: bool | NotGiven = NOT_GIVEN
    auto_correct_address: bool | NotGiven = NOT_GIVEN
    street_secondary: str | NotGiven = NOT_GIVEN


class AddressContext(InstanceContext):
    """One Address: ``/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Address: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Address: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        AddressUpdateArgs,
        """Update this Address: ``POST /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        customer_name (str): ``CustomerName``; string; optional.
        street (str): ``Street``; string; optional.
        city (str): ``City``; string; optional.
        region (str): ``Region``; string; optional.
        postal_code (str): ``PostalCode``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        auto_correct_address (bool): ``AutoCorrectAddress``; boolean; optional.
        street_secondary (str): ``StreetSecondary``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Address: ``POST /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        customer_name (str): ``CustomerName``; string; optional.
        street (str): ``Street``; string; optional.
        city (str): ``City``; string; optional.
        region (str): ``Region``; string; optional.
        postal_code (str): ``PostalCode``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        auto_correct_address (bool): ``AutoCorrectAddress``; boolean; optional.
        street_secondary (str): ``StreetSecondary``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Address: ``DELETE /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Address: ``DELETE /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    dependent_phone_numbers: Child[DependentPhoneNumberList] = Child(
        ".accounts_addresses_dependent_phone_numbers", "DependentPhoneNumberList"
    )


class AddressList(KeyedList[AddressContext]):
    """Address collection: ``/2010-04-01/Accounts/{AccountSid}/Addresses.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AddressCreateArgs,
        """Create a Address: ``POST /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the form body unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; required.
        street (str): ``Street``; string; required.
        city (str): ``City``; string; required.
        region (str): ``Region``; string; required.
        postal_code (str): ``PostalCode``; string; required.
        iso_country (str): ``IsoCountry``; iso-country-code; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        auto_correct_address (bool): ``AutoCorrectAddress``; boolean; optional.
        street_secondary (str): ``StreetSecondary``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Address: ``POST /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the form body unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; required.
        street (str): ``Street``; string; required.
        city (str): ``City``; string; required.
        region (str): ``Region``; string; required.
        postal_code (str): ``PostalCode``; string; required.
        iso_country (str): ``IsoCountry``; iso-country-code; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        auto_correct_address (bool): ``AutoCorrectAddress``; boolean; optional.
        street_secondary (str): ``StreetSecondary``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Address

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        AddressListArgs,
        """List Address resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Address]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Address resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Address]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        AddressListArgs,
        """Stream Address resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Address.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Address resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Address.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        AddressPageArgs,
        """One page of Address resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Address]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Address resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Addresses.json``.

    Parameters are sent in the query string unless noted.

    Args:
        customer_name (str): ``CustomerName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        emergency_enabled (bool): ``EmergencyEnabled``; boolean; optional.
        iso_country (str): ``IsoCountry``; iso-country-code; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Address]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
