# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""LookupResponse resources (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .phone_numbers_lookup_overrides import OverridesResponseList
    from .types.phone_numbers import LookupResponse

_TYPES = Models(__package__, ".types.phone_numbers")
_MODEL = _TYPES("LookupResponse")
_INSTANCE_PATH = "/v2/PhoneNumbers/{0}"
_FETCH: Operation[LookupResponse] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("fields", "Fields", QUERY, "string"),
    P("country_code", "CountryCode", QUERY, "string"),
    P("first_name", "FirstName", QUERY, "string"),
    P("last_name", "LastName", QUERY, "string"),
    P("address_line1", "AddressLine1", QUERY, "string"),
    P("address_line2", "AddressLine2", QUERY, "string"),
    P("city", "City", QUERY, "string"),
    P("state", "State", QUERY, "string"),
    P("postal_code", "PostalCode", QUERY, "string"),
    P("address_country_code", "AddressCountryCode", QUERY, "string"),
    P("national_id", "NationalId", QUERY, "string"),
    P("date_of_birth", "DateOfBirth", QUERY, "string"),
    P("last_verified_date", "LastVerifiedDate", QUERY, "string"),
    P("verification_sid", "VerificationSid", QUERY, "string"),
    P("partner_sub_id", "PartnerSubId", QUERY, "string"),
)


class LookupResponseFetchArgs(Args):
    fields: str | NotGiven = NOT_GIVEN
    country_code: str | NotGiven = NOT_GIVEN
    first_name: str | NotGiven = NOT_GIVEN
    last_name: str | NotGiven = NOT_GIVEN
    address_line1: str | NotGiven = NOT_GIVEN
    address_line2: str | NotGiven = NOT_GIVEN
    city: str | NotGiven = NOT_GIVEN
    state: str | NotGiven = NOT_GIVEN
    postal_code: str | NotGiven = NOT_GIVEN
    address_country_code: str | NotGiven = NOT_GIVEN
    national_id: str | NotGiven = NOT_GIVEN
    date_of_birth: str | NotGiven = NOT_GIVEN
    last_verified_date: str | NotGiven = NOT_GIVEN
    verification_sid: str | NotGiven = NOT_GIVEN
    partner_sub_id: str | NotGiven = NOT_GIVEN


class LookupResponseContext(InstanceContext):
    """One LookupResponse: ``/v2/PhoneNumbers/{PhoneNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(LookupResponseFetchArgs)
    """Fetch this LookupResponse: ``GET /v2/PhoneNumbers/{PhoneNumber}``."""
    lookup_overrides: Child[OverridesResponseList] = Child(
        ".phone_numbers_lookup_overrides", "OverridesResponseList"
    )


class LookupResponseList(KeyedList[LookupResponseContext]):
    """LookupResponse collection."""

    __slots__ = ()
    _key = ("PhoneNumber", "phone_number", None)
