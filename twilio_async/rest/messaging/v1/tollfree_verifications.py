# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""TollfreeVerification resources (``tollfree_verifications``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        TollfreeVerificationBusinessRegistrationAuthority,
        TollfreeVerificationBusinessType,
        TollfreeVerificationOptInType,
        TollfreeVerificationStatus,
        TollfreeVerificationVettingProvider,
    )
    from .types.tollfree_verifications import TollfreeVerification

_TYPES = Models(__package__, ".types.tollfree_verifications")
_MODEL = _TYPES("TollfreeVerification")
_LIST_PATH = "/v1/Tollfree/Verifications"
_INSTANCE_PATH = "/v1/Tollfree/Verifications/{0}"
_CREATE: Operation[TollfreeVerification] = Operation(
    "tollfree_verifications.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("business_name", "BusinessName", FORM, "string", required=True),
    P("business_website", "BusinessWebsite", FORM, "string", required=True),
    P("notification_email", "NotificationEmail", FORM, "string", required=True),
    P("use_case_categories", "UseCaseCategories", FORM, "object", required=True),
    P("use_case_summary", "UseCaseSummary", FORM, "string", required=True),
    P("production_message_sample", "ProductionMessageSample", FORM, "string", required=True),
    P("opt_in_image_urls", "OptInImageUrls", FORM, "string", many=True, required=True),
    P("opt_in_type", "OptInType", FORM, "string", required=True),
    P("message_volume", "MessageVolume", FORM, "string", required=True),
    P("tollfree_phone_number_sid", "TollfreePhoneNumberSid", FORM, "string", required=True),
    P("customer_profile_sid", "CustomerProfileSid", FORM, "string"),
    P("business_street_address", "BusinessStreetAddress", FORM, "string"),
    P("business_street_address2", "BusinessStreetAddress2", FORM, "string"),
    P("business_city", "BusinessCity", FORM, "string"),
    P("business_state_province_region", "BusinessStateProvinceRegion", FORM, "string"),
    P("business_postal_code", "BusinessPostalCode", FORM, "string"),
    P("business_country", "BusinessCountry", FORM, "string"),
    P("additional_information", "AdditionalInformation", FORM, "string"),
    P("business_contact_first_name", "BusinessContactFirstName", FORM, "string"),
    P("business_contact_last_name", "BusinessContactLastName", FORM, "string"),
    P("business_contact_email", "BusinessContactEmail", FORM, "string"),
    P("business_contact_phone", "BusinessContactPhone", FORM, "string"),
    P("external_reference_id", "ExternalReferenceId", FORM, "string"),
    P("business_registration_number", "BusinessRegistrationNumber", FORM, "string"),
    P("business_registration_authority", "BusinessRegistrationAuthority", FORM, "string"),
    P("business_registration_country", "BusinessRegistrationCountry", FORM, "string"),
    P("business_type", "BusinessType", FORM, "string"),
    P("business_registration_phone_number", "BusinessRegistrationPhoneNumber", FORM, "string"),
    P("doing_business_as", "DoingBusinessAs", FORM, "string"),
    P("opt_in_confirmation_message", "OptInConfirmationMessage", FORM, "string"),
    P("help_message_sample", "HelpMessageSample", FORM, "string"),
    P("privacy_policy_url", "PrivacyPolicyUrl", FORM, "string"),
    P("terms_and_conditions_url", "TermsAndConditionsUrl", FORM, "string"),
    P("age_gated_content", "AgeGatedContent", FORM, "boolean"),
    P("opt_in_keywords", "OptInKeywords", FORM, "string", many=True),
    P("vetting_provider", "VettingProvider", FORM, "string"),
    P("vetting_id", "VettingId", FORM, "string"),
)
_LIST: Operation[TollfreeVerification] = Operation(
    "tollfree_verifications.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="verifications",
    model=_MODEL,
).with_params(
    P("tollfree_phone_number_sid", "TollfreePhoneNumberSid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("external_reference_id", "ExternalReferenceId", QUERY, "string"),
    P("include_sub_accounts", "IncludeSubAccounts", QUERY, "boolean"),
    P("trust_product_sid", "TrustProductSid", QUERY, "string", many=True),
)
_FETCH: Operation[TollfreeVerification] = Operation(
    "tollfree_verifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[TollfreeVerification] = Operation(
    "tollfree_verifications.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("business_name", "BusinessName", FORM, "string"),
    P("business_website", "BusinessWebsite", FORM, "string"),
    P("notification_email", "NotificationEmail", FORM, "string"),
    P("use_case_categories", "UseCaseCategories", FORM, "object"),
    P("use_case_summary", "UseCaseSummary", FORM, "string"),
    P("production_message_sample", "ProductionMessageSample", FORM, "string"),
    P("opt_in_image_urls", "OptInImageUrls", FORM, "string", many=True),
    P("opt_in_type", "OptInType", FORM, "string"),
    P("message_volume", "MessageVolume", FORM, "string"),
    P("business_street_address", "BusinessStreetAddress", FORM, "string"),
    P("business_street_address2", "BusinessStreetAddress2", FORM, "string"),
    P("business_city", "BusinessCity", FORM, "string"),
    P("business_state_province_region", "BusinessStateProvinceRegion", FORM, "string"),
    P("business_postal_code", "BusinessPostalCode", FORM, "string"),
    P("business_country", "BusinessCountry", FORM, "string"),
    P("additional_information", "AdditionalInformation", FORM, "string"),
    P("business_contact_first_name", "BusinessContactFirstName", FORM, "string"),
    P("business_contact_last_name", "BusinessContactLastName", FORM, "string"),
    P("business_contact_email", "BusinessContactEmail", FORM, "string"),
    P("business_contact_phone", "BusinessContactPhone", FORM, "string"),
    P("edit_reason", "EditReason", FORM, "string"),
    P("business_registration_number", "BusinessRegistrationNumber", FORM, "string"),
    P("business_registration_authority", "BusinessRegistrationAuthority", FORM, "string"),
    P("business_registration_country", "BusinessRegistrationCountry", FORM, "string"),
    P("business_type", "BusinessType", FORM, "string"),
    P("business_registration_phone_number", "BusinessRegistrationPhoneNumber", FORM, "string"),
    P("doing_business_as", "DoingBusinessAs", FORM, "string"),
    P("opt_in_confirmation_message", "OptInConfirmationMessage", FORM, "string"),
    P("help_message_sample", "HelpMessageSample", FORM, "string"),
    P("privacy_policy_url", "PrivacyPolicyUrl", FORM, "string"),
    P("terms_and_conditions_url", "TermsAndConditionsUrl", FORM, "string"),
    P("age_gated_content", "AgeGatedContent", FORM, "boolean"),
    P("opt_in_keywords", "OptInKeywords", FORM, "string", many=True),
    P("vetting_provider", "VettingProvider", FORM, "string"),
    P("vetting_id", "VettingId", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "tollfree_verifications.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class TollfreeVerificationCreateArgs(Args):
    business_name: str
    business_website: str
    notification_email: str
    use_case_categories: Any
    use_case_summary: str
    production_message_sample: str
    opt_in_image_urls: Sequence[str]
    opt_in_type: TollfreeVerificationOptInType | str
    message_volume: str
    tollfree_phone_number_sid: str
    customer_profile_sid: str | NotGiven = NOT_GIVEN
    business_street_address: str | NotGiven = NOT_GIVEN
    business_street_address2: str | NotGiven = NOT_GIVEN
    business_city: str | NotGiven = NOT_GIVEN
    business_state_province_region: str | NotGiven = NOT_GIVEN
    business_postal_code: str | NotGiven = NOT_GIVEN
    business_country: str | NotGiven = NOT_GIVEN
    additional_information: str | NotGiven = NOT_GIVEN
    business_contact_first_name: str | NotGiven = NOT_GIVEN
    business_contact_last_name: str | NotGiven = NOT_GIVEN
    business_contact_email: str | NotGiven = NOT_GIVEN
    business_contact_phone: str | NotGiven = NOT_GIVEN
    external_reference_id: str | NotGiven = NOT_GIVEN
    business_registration_number: str | NotGiven = NOT_GIVEN
    business_registration_authority: (
        TollfreeVerificationBusinessRegistrationAuthority | str | NotGiven
    ) = NOT_GIVEN
    business_registration_country: str | NotGiven = NOT_GIVEN
    business_type: TollfreeVerificationBusinessType | str | NotGiven = NOT_GIVEN
    business_registration_phone_number: str | NotGiven = NOT_GIVEN
    doing_business_as: str | NotGiven = NOT_GIVEN
    opt_in_confirmation_message: str | NotGiven = NOT_GIVEN
    help_message_sample: str | NotGiven = NOT_GIVEN
    privacy_policy_url: str | NotGiven = NOT_GIVEN
    terms_and_conditions_url: str | NotGiven = NOT_GIVEN
    age_gated_content: bool | NotGiven = NOT_GIVEN
    opt_in_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    vetting_provider: TollfreeVerificationVettingProvider | str | NotGiven = NOT_GIVEN
    vetting_id: str | NotGiven = NOT_GIVEN


class TollfreeVerificationFilters(Args):
    tollfree_phone_number_sid: str | NotGiven = NOT_GIVEN
    status: TollfreeVerificationStatus | str | NotGiven = NOT_GIVEN
    external_reference_id: str | NotGiven = NOT_GIVEN
    include_sub_accounts: bool | NotGiven = NOT_GIVEN
    trust_product_sid: Sequence[str] | NotGiven = NOT_GIVEN


class TollfreeVerificationListArgs(TollfreeVerificationFilters, ListArgs): ...


class TollfreeVerificationPageArgs(TollfreeVerificationFilters, PageArgs): ...


class TollfreeVerificationUpdateArgs(Args):
    business_name: str | NotGiven = NOT_GIVEN
    business_website: str | NotGiven = NOT_GIVEN
    notification_email: str | NotGiven = NOT_GIVEN
    use_case_categories: Any | NotGiven = NOT_GIVEN
    use_case_summary: str | NotGiven = NOT_GIVEN
    production_message_sample: str | NotGiven = NOT_GIVEN
    opt_in_image_urls: Sequence[str] | NotGiven = NOT_GIVEN
    opt_in_type: TollfreeVerificationOptInType | str | NotGiven = NOT_GIVEN
    message_volume: str | NotGiven = NOT_GIVEN
    business_street_address: str | NotGiven = NOT_GIVEN
    business_street_address2: str | NotGiven = NOT_GIVEN
    business_city: str | NotGiven = NOT_GIVEN
    business_state_province_region: str | NotGiven = NOT_GIVEN
    business_postal_code: str | NotGiven = NOT_GIVEN
    business_country: str | NotGiven = NOT_GIVEN
    additional_information: str | NotGiven = NOT_GIVEN
    business_contact_first_name: str | NotGiven = NOT_GIVEN
    business_contact_last_name: str | NotGiven = NOT_GIVEN
    business_contact_email: str | NotGiven = NOT_GIVEN
    business_contact_phone: str | NotGiven = NOT_GIVEN
    edit_reason: str | NotGiven = NOT_GIVEN
    business_registration_number: str | NotGiven = NOT_GIVEN
    business_registration_authority: (
        TollfreeVerificationBusinessRegistrationAuthority | str | NotGiven
    ) = NOT_GIVEN
    business_registration_country: str | NotGiven = NOT_GIVEN
    business_type: TollfreeVerificationBusinessType | str | NotGiven = NOT_GIVEN
    business_registration_phone_number: str | NotGiven = NOT_GIVEN
    doing_business_as: str | NotGiven = NOT_GIVEN
    opt_in_confirmation_message: str | NotGiven = NOT_GIVEN
    help_message_sample: str | NotGiven = NOT_GIVEN
    privacy_policy_url: str | NotGiven = NOT_GIVEN
    terms_and_conditions_url: str | NotGiven = NOT_GIVEN
    age_gated_content: bool | NotGiven = NOT_GIVEN
    opt_in_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    vetting_provider: TollfreeVerificationVettingProvider | str | NotGiven = NOT_GIVEN
    vetting_id: str | NotGiven = NOT_GIVEN


class TollfreeVerificationContext(InstanceContext):
    """One TollfreeVerification: ``/v1/Tollfree/Verifications/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TollfreeVerification: ``GET /v1/Tollfree/Verifications/{Sid}``."""
    update = _UPDATE.call_method(TollfreeVerificationUpdateArgs)
    """Update this TollfreeVerification: ``POST /v1/Tollfree/Verifications/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this TollfreeVerification: ``DELETE /v1/Tollfree/Verifications/{Sid}``; returns True."""


class TollfreeVerificationList(KeyedList[TollfreeVerificationContext]):
    """TollfreeVerification collection: ``/v1/Tollfree/Verifications``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TollfreeVerificationCreateArgs)
    """Create a TollfreeVerification: ``POST /v1/Tollfree/Verifications``."""
    list = _LIST.list_method(TollfreeVerificationListArgs)
    """List TollfreeVerification resources: ``GET /v1/Tollfree/Verifications``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TollfreeVerificationListArgs)
    """Stream TollfreeVerification resources: ``GET /v1/Tollfree/Verifications``; one page in memory at a time."""
    page = _LIST.page_method(TollfreeVerificationPageArgs)
    """One page of TollfreeVerification resources: ``GET /v1/Tollfree/Verifications``; ``next_page()`` moves on."""
