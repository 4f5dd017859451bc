# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""VoiceNumber resources (``voice.numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.voice_numbers import VoiceNumber

_TYPES = Models(__package__, ".types.voice_numbers")
_MODEL = _TYPES("VoiceNumber")
_INSTANCE_PATH = "/v1/Voice/Numbers/{0}"
_FETCH: Operation[VoiceNumber] = Operation(
    "numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VoiceNumberContext(InstanceContext):
    """One VoiceNumber: ``/v1/Voice/Numbers/{Number}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this VoiceNumber: ``GET /v1/Voice/Numbers/{Number}``.

    The instance is addressed by ``{Number}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this VoiceNumber: ``GET /v1/Voice/Numbers/{Number}``.

    The instance is addressed by ``{Number}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceNumber

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class VoiceNumberList(KeyedList[VoiceNumberContext]):
    """VoiceNumber collection: ``/v1/Voice/Numbers``."""

    __slots__ = ()
    _key = ("Number", "number", None)
