# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""VoiceNumber resources (``voice.numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.voice_numbers import VoiceNumber

_TYPES = Models(__package__, ".types.voice_numbers")
_MODEL = _TYPES("VoiceNumber")
_INSTANCE_PATH = "/v2/Voice/Numbers/{0}"
_FETCH: Operation[VoiceNumber] = Operation(
    "numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("origination_number", "OriginationNumber", QUERY, "string"))


class VoiceNumberFetchArgs(Args):
    origination_number: str | NotGiven = NOT_GIVEN


class VoiceNumberContext(InstanceContext):
    """One VoiceNumber: ``/v2/Voice/Numbers/{DestinationNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        VoiceNumberFetchArgs,
        """Fetch this VoiceNumber: ``GET /v2/Voice/Numbers/{DestinationNumber}``.

    The instance is addressed by ``{DestinationNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        origination_number (str): ``OriginationNumber``; phone-number; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this VoiceNumber: ``GET /v2/Voice/Numbers/{DestinationNumber}``.

    The instance is addressed by ``{DestinationNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        origination_number (str): ``OriginationNumber``; phone-number; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class VoiceNumberList(KeyedList[VoiceNumberContext]):
    """VoiceNumber collection: ``/v2/Voice/Numbers``."""

    __slots__ = ()
    _key = ("DestinationNumber", "destination_number", None)
