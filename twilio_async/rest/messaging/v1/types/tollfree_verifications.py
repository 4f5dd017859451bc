# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""TollfreeVerification models (``tollfree_verifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    TollfreeVerificationBusinessRegistrationAuthority,
    TollfreeVerificationBusinessType,
    TollfreeVerificationOptInType,
    TollfreeVerificationStatus,
    TollfreeVerificationVettingProvider,
)

if TYPE_CHECKING:
    from ..tollfree_verifications import TollfreeVerificationContext


class TollfreeVerification(InstanceModel["TollfreeVerificationContext"]):
    """A TollfreeVerification as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    customer_profile_sid: str | None = None
    trust_product_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    regulated_item_sid: str | None = None
    business_name: str | None = None
    business_street_address: str | None = None
    business_street_address2: str | None = None
    business_city: str | None = None
    business_state_province_region: str | None = None
    business_postal_code: str | None = None
    business_country: str | None = None
    business_website: str | None = None
    business_contact_first_name: str | None = None
    business_contact_last_name: str | None = None
    business_contact_email: str | None = None
    business_contact_phone: str | None = None
    notification_email: str | None = None
    use_case_categories: Any | None = None
    use_case_summary: str | None = None
    production_message_sample: str | None = None
    opt_in_image_urls: list[str] | None = None
    opt_in_type: TollfreeVerificationOptInType | None = None
    message_volume: str | None = None
    additional_information: str | None = None
    tollfree_phone_number_sid: str | None = None
    tollfree_phone_number: str | None = None
    status: TollfreeVerificationStatus | None = None
    url: str | None = None
    rejection_reason: str | None = None
    error_code: int | None = None
    edit_expiration: IsoDateTime | None = None
    edit_allowed: bool | None = None
    business_registration_number: str | None = None
    business_registration_authority: TollfreeVerificationBusinessRegistrationAuthority | None = None
    business_registration_country: str | None = None
    business_type: TollfreeVerificationBusinessType | None = None
    business_registration_phone_number: str | None = None
    doing_business_as: str | None = None
    opt_in_confirmation_message: str | None = None
    help_message_sample: str | None = None
    privacy_policy_url: str | None = None
    terms_and_conditions_url: str | None = None
    age_gated_content: bool | None = None
    opt_in_keywords: list[str] | None = None
    rejection_reasons: list[Any] | None = None
    resource_links: Any | None = None
    external_reference_id: str | None = None
    vetting_id: str | None = None
    vetting_provider: TollfreeVerificationVettingProvider | None = None
    vetting_id_expiration: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TollfreeVerificationContext.fetch
        update: ClassVar = TollfreeVerificationContext.update
        delete: ClassVar = TollfreeVerificationContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..tollfree_verifications import TollfreeVerificationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
