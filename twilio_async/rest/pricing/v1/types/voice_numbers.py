# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""VoiceNumber models (``voice.numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..voice_numbers import VoiceNumberContext


class VoiceNumber(InstanceModel["VoiceNumberContext"]):
    """A VoiceNumber as returned by the API."""

    number: str
    country: str | None = None
    iso_country: str | None = None
    outbound_call_price: Any | None = None
    inbound_call_price: Any | None = None
    price_unit: str | None = None
    url: str | None = None

    _key_field = "number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VoiceNumberContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..voice_numbers import VoiceNumberContext  # noqa: F401
    else:
        fetch = FromContext()
