# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""VoiceCountryInstance models (``voice.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..voice_countries import VoiceCountryInstanceContext


class VoiceCountryInstance(InstanceModel["VoiceCountryInstanceContext"]):
    """A VoiceCountryInstance as returned by the API."""

    country: str | None = None
    iso_country: str
    outbound_prefix_prices: list[Any] | None = None
    inbound_call_prices: list[Any] | None = None
    price_unit: str | None = None
    url: str | None = None

    _key_field = "iso_country"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VoiceCountryInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..voice_countries import VoiceCountryInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
