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
    fetch = _FETCH.call_method(Args)
    """Fetch this DialingPermissionsCountryInstance: ``GET /v1/DialingPermissions/Countries/{IsoCode}``."""
    highrisk_special_prefixes: Child[DialingPermissionsHrsPrefixesList] = Child(
        ".dialing_permissions_countries_highrisk_special_prefixes",
        "DialingPermissionsHrsPrefixesList",
    )


class DialingPermissionsCountryInstanceList(KeyedList[DialingPermissionsCountryInstanceContext]):
    """DialingPermissionsCountryInstance collection: ``/v1/DialingPermissions/Countries``."""

    __slots__ = ()
    _key = ("IsoCode", "iso_code", None)
    list = _LIST.list_method(DialingPermissionsCountryInstanceListArgs)
    """List DialingPermissionsCountryInstance resources: ``GET /v1/DialingPermissions/Countries``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(DialingPermissionsCountryInstanceListArgs)
    """Stream DialingPermissionsCountryInstance resources: ``GET /v1/DialingPermissions/Countries``; one page in memory at a time."""
    page = _LIST.page_method(DialingPermissionsCountryInstancePageArgs)
    """One page of DialingPermissionsCountryInstance resources: ``GET /v1/DialingPermissions/Countries``; ``next_page()`` moves on."""
