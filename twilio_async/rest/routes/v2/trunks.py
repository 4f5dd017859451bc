# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""Trunks resources (``trunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.trunks import Trunks

_TYPES = Models(__package__, ".types.trunks")
_MODEL = _TYPES("Trunks")
_INSTANCE_PATH = "/v2/Trunks/{0}"
_FETCH: Operation[Trunks] = Operation(
    "trunks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Trunks] = Operation(
    "trunks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("voice_region", "VoiceRegion", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)


class TrunksUpdateArgs(Args):
    voice_region: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class TrunksContext(InstanceContext):
    """One Trunks: ``/v2/Trunks/{SipTrunkDomain}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Trunks: ``GET /v2/Trunks/{SipTrunkDomain}``.

    The instance is addressed by ``{SipTrunkDomain}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunks

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Trunks: ``GET /v2/Trunks/{SipTrunkDomain}``.

    The instance is addressed by ``{SipTrunkDomain}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunks

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        TrunksUpdateArgs,
        """Update this Trunks: ``POST /v2/Trunks/{SipTrunkDomain}``.

    The instance is addressed by ``{SipTrunkDomain}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunks

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Trunks: ``POST /v2/Trunks/{SipTrunkDomain}``.

    The instance is addressed by ``{SipTrunkDomain}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Trunks

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TrunksList(KeyedList[TrunksContext]):
    """Trunks collection."""

    __slots__ = ()
    _key = ("SipTrunkDomain", "sip_trunk_domain", None)
