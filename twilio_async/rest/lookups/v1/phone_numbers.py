# Generated from specs/lookups_v1.yaml by `make codegen`; do not edit.
"""PhoneNumber resources (``phone_numbers``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import QUERY, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.phone_numbers import PhoneNumber

_TYPES = Models(__package__, ".types.phone_numbers")
_MODEL = _TYPES("PhoneNumber")
_INSTANCE_PATH = "/v1/PhoneNumbers/{0}"
_FETCH: Operation[PhoneNumber] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("country_code", "CountryCode", QUERY, "string"),
    P("type", "Type", QUERY, "string", many=True),
    P("add_ons", "AddOns", QUERY, "string", many=True),
    P("add_ons_data", "AddOnsData", QUERY, "object"),
)


class PhoneNumberFetchArgs(Args):
    country_code: str | NotGiven = NOT_GIVEN
    type: Sequence[str] | NotGiven = NOT_GIVEN
    add_ons: Sequence[str] | NotGiven = NOT_GIVEN
    add_ons_data: Any | NotGiven = NOT_GIVEN


class PhoneNumberContext(InstanceContext):
    """One PhoneNumber: ``/v1/PhoneNumbers/{PhoneNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PhoneNumberFetchArgs,
        """Fetch this PhoneNumber: ``GET /v1/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        country_code (str): ``CountryCode``; string; optional.
        type (Sequence[str]): ``Type``; list<string>; optional.
        add_ons (Sequence[str]): ``AddOns``; list<string>; optional.
        add_ons_data (Any): ``AddOnsData``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/lookup
    """,
    )
    """Fetch this PhoneNumber: ``GET /v1/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        country_code (str): ``CountryCode``; string; optional.
        type (Sequence[str]): ``Type``; list<string>; optional.
        add_ons (Sequence[str]): ``AddOns``; list<string>; optional.
        add_ons_data (Any): ``AddOnsData``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/lookup
    """


class PhoneNumberList(KeyedList[PhoneNumberContext]):
    """PhoneNumber collection."""

    __slots__ = ()
    _key = ("PhoneNumber", "phone_number", None)
