# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""ComplianceTollfreeInquiries resources (``compliance_tollfree_inquiries``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import ComplianceTollfreeInquiryBusinessType, ComplianceTollfreeInquiryOptInType
    from .types.compliance_tollfree_inquiries import ComplianceTollfreeInquiries

_TYPES = Models(__package__, ".types.compliance_tollfree_inquiries")
_MODEL = _TYPES("ComplianceTollfreeInquiries")
_LIST_PATH = "/v1/ComplianceInquiries/Tollfree/Initialize"
_CREATE: Operation[ComplianceTollfreeInquiries] = Operation(
    "compliance_tollfree_inquiries.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("tollfree_phone_number", "TollfreePhoneNumber", FORM, "string", required=True),
    P("notification_email", "NotificationEmail", FORM, "string", required=True),
    P("customer_profile_sid", "CustomerProfileSid", FORM, "string"),
    P("business_name", "BusinessName", FORM, "string"),
    P("business_website", "BusinessWebsite", FORM, "string"),
    P("use_case_categories", "UseCaseCategories", FORM, "string", many=True),
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
    P("theme_set_id", "ThemeSetId", FORM, "string"),
    P("skip_messaging_use_case", "SkipMessagingUseCase", FORM, "boolean"),
    P("business_registration_number", "BusinessRegistrationNumber", FORM, "string"),
    P("business_registration_authority", "BusinessRegistrationAuthority", FORM, "string"),
    P("business_registration_country", "BusinessRegistrationCountry", FORM, "string"),
    P("business_type", "BusinessType", FORM, "string"),
    P("doing_business_as", "DoingBusinessAs", FORM, "string"),
    P("opt_in_confirmation_message", "OptInConfirmationMessage", FORM, "string"),
    P("help_message_sample", "HelpMessageSample", FORM, "string"),
    P("privacy_policy_url", "PrivacyPolicyUrl", FORM, "string"),
    P("terms_and_conditions_url", "TermsAndConditionsUrl", FORM, "string"),
    P("age_gated_content", "AgeGatedContent", FORM, "boolean"),
    P("external_reference_id", "ExternalReferenceId", FORM, "string"),
    P("opt_in_keywords", "OptInKeywords", FORM, "string", many=True),
    P("vetting_id", "VettingId", FORM, "string"),
    P("vetting_provider", "VettingProvider", FORM, "string"),
)


class ComplianceTollfreeInquiriesCreateArgs(Args):
    tollfree_phone_number: str
    notification_email: str
    customer_profile_sid: str | NotGiven = NOT_GIVEN
    business_name: str | NotGiven = NOT_GIVEN
    business_website: str | NotGiven = NOT_GIVEN
    use_case_categories: Sequence[str] | NotGiven = NOT_GIVEN
    use_case_summary: str | NotGiven = NOT_GIVEN
    production_message_sample: str | NotGiven = NOT_GIVEN
    opt_in_image_urls: Sequence[str] | NotGiven = NOT_GIVEN
    opt_in_type: ComplianceTollfreeInquiryOptInType | str | NotGiven = NOT_GIVEN
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
    theme_set_id: str | NotGiven = NOT_GIVEN
    skip_messaging_use_case: bool | NotGiven = NOT_GIVEN
    business_registration_number: str | NotGiven = NOT_GIVEN
    business_registration_authority: str | NotGiven = NOT_GIVEN
    business_registration_country: str | NotGiven = NOT_GIVEN
    business_type: ComplianceTollfreeInquiryBusinessType | str | NotGiven = NOT_GIVEN
    doing_business_as: str | NotGiven = NOT_GIVEN
    opt_in_confirmation_message: str | NotGiven = NOT_GIVEN
    help_message_sample: str | NotGiven = NOT_GIVEN
    privacy_policy_url: str | NotGiven = NOT_GIVEN
    terms_and_conditions_url: str | NotGiven = NOT_GIVEN
    age_gated_content: bool | NotGiven = NOT_GIVEN
    external_reference_id: str | NotGiven = NOT_GIVEN
    opt_in_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    vetting_id: str | NotGiven = NOT_GIVEN
    vetting_provider: str | NotGiven = NOT_GIVEN


class ComplianceTollfreeInquiriesList(ListResource):
    """ComplianceTollfreeInquiries collection: ``/v1/ComplianceInquiries/Tollfree/Initialize``."""

    __slots__ = ()
    create = _CREATE.call_method(ComplianceTollfreeInquiriesCreateArgs)
    """Create a ComplianceTollfreeInquiries: ``POST /v1/ComplianceInquiries/Tollfree/Initialize``."""
