# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""TrunkingNumber resources (``numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.numbers import TrunkingNumber

_TYPES = Models(__package__, ".types.numbers")
_MODEL = _TYPES("TrunkingNumber")
_INSTANCE_PATH = "/v2/Trunking/Numbers/{0}"
_FETCH: Operation[TrunkingNumber] = Operation(
    "numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("origination_number", "OriginationNumber", QUERY, "string"))


class TrunkingNumberFetchArgs(Args):
    origination_number: str | NotGiven = NOT_GIVEN


class TrunkingNumberContext(InstanceContext):
    """One TrunkingNumber: ``/v2/Trunking/Numbers/{DestinationNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        TrunkingNumberFetchArgs,
        """Fetch this TrunkingNumber: ``GET /v2/Trunking/Numbers/{DestinationNumber}``.

    The instance is addressed by ``{DestinationNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        origination_number (str): ``OriginationNumber``; phone-number; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrunkingNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this TrunkingNumber: ``GET /v2/Trunking/Numbers/{DestinationNumber}``.

    The instance is addressed by ``{DestinationNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        origination_number (str): ``OriginationNumber``; phone-number; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrunkingNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TrunkingNumberList(KeyedList[TrunkingNumberContext]):
    """TrunkingNumber collection: ``/v2/Trunking/Numbers``."""

    __slots__ = ()
    _key = ("DestinationNumber", "destination_number", None)
