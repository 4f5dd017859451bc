# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""MessagingCountryInstance models (``messaging.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..messaging_countries import MessagingCountryInstanceContext


class MessagingCountryInstance(InstanceModel["MessagingCountryInstanceContext"]):
    """A MessagingCountryInstance as returned by the API."""

    country: str | None = None
    iso_country: str
    outbound_sms_prices: list[Any] | None = None
    inbound_sms_prices: list[Any] | None = None
    price_unit: str | None = None
    url: str | None = None

    _key_field = "iso_country"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MessagingCountryInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..messaging_countries import MessagingCountryInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
