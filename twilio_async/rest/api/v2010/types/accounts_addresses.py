# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Address models (``accounts.addresses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_addresses import AddressContext


class Address(InstanceModel["AddressContext"]):
    """A Address as returned by the API."""

    account_sid: str | None = None
    city: str | None = None
    customer_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    postal_code: str | None = None
    region: str | None = None
    sid: str
    street: str | None = None
    uri: str | None = None
    emergency_enabled: bool | None = None
    validated: bool | None = None
    verified: bool | None = None
    street_secondary: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AddressContext.fetch
        update: ClassVar = AddressContext.update
        delete: ClassVar = AddressContext.delete
        dependent_phone_numbers: ClassVar = AddressContext.dependent_phone_numbers

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_addresses import AddressContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        dependent_phone_numbers = FromContext()
