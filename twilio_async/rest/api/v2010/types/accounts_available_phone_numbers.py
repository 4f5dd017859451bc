# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AvailablePhoneNumberCountry models (``accounts.available_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_available_phone_numbers import AvailablePhoneNumberCountryContext


class AvailablePhoneNumberCountry(InstanceModel["AvailablePhoneNumberCountryContext"]):
    """A AvailablePhoneNumberCountry as returned by the API."""

    country_code: str
    country: str | None = None
    uri: str | None = None
    beta: bool | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "country_code"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AvailablePhoneNumberCountryContext.fetch
        local: ClassVar = AvailablePhoneNumberCountryContext.local
        machine_to_machine: ClassVar = AvailablePhoneNumberCountryContext.machine_to_machine
        mobile: ClassVar = AvailablePhoneNumberCountryContext.mobile
        national: ClassVar = AvailablePhoneNumberCountryContext.national
        shared_cost: ClassVar = AvailablePhoneNumberCountryContext.shared_cost
        toll_free: ClassVar = AvailablePhoneNumberCountryContext.toll_free
        voip: ClassVar = AvailablePhoneNumberCountryContext.voip

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_available_phone_numbers import AvailablePhoneNumberCountryContext  # noqa: F401
    else:
        fetch = FromContext()
        local = FromContext()
        machine_to_machine = FromContext()
        mobile = FromContext()
        national = FromContext()
        shared_cost = FromContext()
        toll_free = FromContext()
        voip = FromContext()
