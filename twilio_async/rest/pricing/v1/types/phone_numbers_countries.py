# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""PhoneNumberCountryInstance models (``phone_numbers.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..phone_numbers_countries import PhoneNumberCountryInstanceContext


class PhoneNumberCountryInstance(InstanceModel["PhoneNumberCountryInstanceContext"]):
    """A PhoneNumberCountryInstance as returned by the API."""

    country: str | None = None
    iso_country: str
    phone_number_prices: list[Any] | None = None
    price_unit: str | None = None
    url: str | None = None

    _key_field = "iso_country"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PhoneNumberCountryInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..phone_numbers_countries import PhoneNumberCountryInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
