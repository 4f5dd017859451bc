# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsCountryInstance resources (``dialing_permissions.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .dialing_permissions_countries_highrisk_special_prefixes import (
        DialingPermissionsHrsPrefixesList,
    )
    from .types.dialing_permissions_countries import DialingPermissionsCountryInstance

_TYPES = Models(__package__, ".types.dialing_permissions_countries")
_MODEL = _TYPES("DialingPermissionsCountryInstance")
_LIST_PATH = "/v1/DialingPermissions/Countries"
_INSTANCE_PATH = "/v1/DialingPermissions/Countries/{0}"
_LIST: Operation[DialingPermissionsCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="content", model=_MODEL
).with_params(
    P("iso_code", "IsoCode", QUERY, "string"),
    P("continent", "Continent", QUERY, "string"),
    P("country_code", "CountryCode", QUERY, "string"),
    P("low_risk_numbers_enabled", "LowRiskNumbersEnabled", QUERY, "boolean"),
    P("high_risk_special_numbers_enabled", "HighRiskSpecialNumbersEnabled", QUERY, "boolean"),
    P("high_risk_tollfraud_numbers_enabled", "HighRiskTollfraudNumbersEnabled", QUERY, "boolean"),
)
_FETCH: Operation[DialingPermissionsCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DialingPermissionsCountryInstanceFilters(Args):
    iso_code: str | NotGiven = NOT_GIVEN
    continent: str | NotGiven = NOT_GIVEN
    country_code: str | NotGiven = NOT_GIVEN
    low_risk_numbers_enabled: bool | NotGiven = NOT_GIVEN
    high_risk_special_numbers_enabled: bool | NotGiven = NOT_GIVEN
    high_risk_tollfraud_numbers_enabled: bool | NotGiven = NOT_GIVEN


class DialingPermissionsCountryInstanceListArgs(
    DialingPermissionsCountryInstanceFilters, ListArgs
): ...


class DialingPermissionsCountryInstancePageArgs(
    DialingPermissionsCountryInstanceFilters, PageArgs
): ...


class DialingPermissionsCountryInstanceContext(InstanceContext):
    """One DialingPermissionsCountryInstance: ``/v1/DialingPermissions/Countries/{IsoCode}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this DialingPermissionsCountryInstance: ``GET /v1/DialingPermissions/Countries/{IsoCode}``.

    The instance is addressed by ``{IsoCode}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DialingPermissionsCountryInstance

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this DialingPermissionsCountryInstance: ``GET /v1/DialingPermissions/Countries/{IsoCode}``.

    The instance is addressed by ``{IsoCode}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DialingPermissionsCountryInstance

    Twilio docs: https://www.twilio.com/docs/voice
    """
    highrisk_special_prefixes: Child[DialingPermissionsHrsPrefixesList] = Child(
        ".dialing_permissions_countries_highrisk_special_prefixes",
        "DialingPermissionsHrsPrefixesList",
    )


class DialingPermissionsCountryInstanceList(KeyedList[DialingPermissionsCountryInstanceContext]):
    """DialingPermissionsCountryInstance collection: ``/v1/DialingPermissions/Countries``."""

    __slots__ = ()
    _key = ("IsoCode", "iso_code", None)
    list = _LIST.list_method(
        DialingPermissionsCountryInstanceListArgs,
        """List DialingPermissionsCountryInstance resources, every page up to ``limit`` items: ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DialingPermissionsCountryInstance]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List DialingPermissionsCountryInstance resources, every page up to ``limit`` items: ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DialingPermissionsCountryInstance]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        DialingPermissionsCountryInstanceListArgs,
        """Stream DialingPermissionsCountryInstance resources, one page in memory at a time: ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DialingPermissionsCountryInstance.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream DialingPermissionsCountryInstance resources, one page in memory at a time: ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DialingPermissionsCountryInstance.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        DialingPermissionsCountryInstancePageArgs,
        """One page of DialingPermissionsCountryInstance resources (``next_page()`` moves on): ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DialingPermissionsCountryInstance]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of DialingPermissionsCountryInstance resources (``next_page()`` moves on): ``GET /v1/DialingPermissions/Countries``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_code (str): ``IsoCode``; iso-country-code; optional.
        continent (str): ``Continent``; string; optional.
        country_code (str): ``CountryCode``; string; optional.
        low_risk_numbers_enabled (bool): ``LowRiskNumbersEnabled``; boolean; optional.
        high_risk_special_numbers_enabled (bool): ``HighRiskSpecialNumbersEnabled``; boolean; optional.
        high_risk_tollfraud_numbers_enabled (bool): ``HighRiskTollfraudNumbersEnabled``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DialingPermissionsCountryInstance]

    Twilio docs: https://www.twilio.com/docs/voice
    """
