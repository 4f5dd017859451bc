# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""TrunkingNumber models (``numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..numbers import TrunkingNumberContext


class TrunkingNumber(InstanceModel["TrunkingNumberContext"]):
    """A TrunkingNumber as returned by the API."""

    destination_number: str
    origination_number: str | None = None
    country: str | None = None
    iso_country: str | None = None
    terminating_prefix_prices: list[Any] | None = None
    originating_call_price: Any | None = None
    price_unit: str | None = None
    url: str | None = None

    _key_field = "destination_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrunkingNumberContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..numbers import TrunkingNumberContext  # noqa: F401
    else:
        fetch = FromContext()
