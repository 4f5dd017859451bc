# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistrations models (``brand_registrations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    BrandRegistrationsBrandFeedback,
    BrandRegistrationsIdentityStatus,
    BrandRegistrationsStatus,
)

if TYPE_CHECKING:
    from ..brand_registrations import BrandRegistrationsContext


class BrandRegistrations(InstanceModel["BrandRegistrationsContext"]):
    """A BrandRegistrations as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    customer_profile_bundle_sid: str | None = None
    a2p_profile_bundle_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    brand_type: str | None = None
    status: BrandRegistrationsStatus | None = None
    tcr_id: str | None = None
    failure_reason: str | None = None
    errors: list[Any] | None = None
    url: str | None = None
    brand_score: int | None = None
    brand_feedback: list[BrandRegistrationsBrandFeedback] | None = None
    identity_status: BrandRegistrationsIdentityStatus | None = None
    russell_3000: bool | None = None
    government_entity: bool | None = None
    tax_exempt_status: str | None = None
    skip_automatic_sec_vet: bool | None = None
    mock: bool | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BrandRegistrationsContext.fetch
        update: ClassVar = BrandRegistrationsContext.update
        brand_registration_2fa: ClassVar = BrandRegistrationsContext.brand_registration_2fa
        brand_registration_otps: ClassVar = BrandRegistrationsContext.brand_registration_otps
        brand_vettings: ClassVar = BrandRegistrationsContext.brand_vettings

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..brand_registrations import BrandRegistrationsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        brand_registration_2fa = FromContext()
        brand_registration_otps = FromContext()
        brand_vettings = FromContext()
