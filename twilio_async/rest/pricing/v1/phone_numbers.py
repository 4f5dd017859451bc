# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""PhoneNumbers resources (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .phone_numbers_countries import PhoneNumberCountryInstanceList


class PhoneNumbersList(ListResource):
    """PhoneNumbers collection: ``/v1/PhoneNumbers``."""

    __slots__ = ()
    countries: Child[PhoneNumberCountryInstanceList] = Child(
        ".phone_numbers_countries", "PhoneNumberCountryInstanceList"
    )
