# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""PhoneNumber resources (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.phone_numbers import PhoneNumber

_TYPES = Models(__package__, ".types.phone_numbers")
_MODEL = _TYPES("PhoneNumber")
_INSTANCE_PATH = "/v2/PhoneNumbers/{0}"
_FETCH: Operation[PhoneNumber] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[PhoneNumber] = Operation(
    "phone_numbers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("voice_region", "VoiceRegion", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)


class PhoneNumberUpdateArgs(Args):
    voice_region: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class PhoneNumberContext(InstanceContext):
    """One PhoneNumber: ``/v2/PhoneNumbers/{PhoneNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PhoneNumber: ``GET /v2/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this PhoneNumber: ``GET /v2/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        PhoneNumberUpdateArgs,
        """Update this PhoneNumber: ``POST /v2/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this PhoneNumber: ``POST /v2/PhoneNumbers/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PhoneNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class PhoneNumberList(KeyedList[PhoneNumberContext]):
    """PhoneNumber collection."""

    __slots__ = ()
    _key = ("PhoneNumber", "phone_number", None)
