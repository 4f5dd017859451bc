# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandVetting models (``brand_registrations.brand_vettings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BrandVettingVettingProvider

if TYPE_CHECKING:
    from ..brand_registrations_brand_vettings import BrandVettingContext


class BrandVetting(InstanceModel["BrandVettingContext"]):
    """A BrandVetting as returned by the API."""

    account_sid: str | None = None
    brand_sid: str | None = None
    brand_vetting_sid: str | None = None
    date_updated: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    vetting_id: str | None = None
    vetting_class: str | None = None
    vetting_status: str | None = None
    vetting_provider: BrandVettingVettingProvider | None = None
    url: str | None = None

    _key_field = "brand_vetting_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BrandVettingContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..brand_registrations_brand_vettings import BrandVettingContext  # noqa: F401
    else:
        fetch = FromContext()
