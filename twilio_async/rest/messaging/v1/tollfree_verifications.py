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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TollfreeVerification: ``GET /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this TollfreeVerification: ``GET /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    update = _UPDATE.call_method(
        TollfreeVerificationUpdateArgs,
        """Update this TollfreeVerification: ``POST /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        business_name (str): ``BusinessName``; string; optional.
        business_website (str): ``BusinessWebsite``; string; optional.
        notification_email (str): ``NotificationEmail``; string; optional.
        use_case_categories (Any): ``UseCaseCategories``; object; optional.
        use_case_summary (str): ``UseCaseSummary``; string; optional.
        production_message_sample (str): ``ProductionMessageSample``; string; optional.
        opt_in_image_urls (Sequence[str]): ``OptInImageUrls``; list<string>; optional.
        opt_in_type (TollfreeVerificationOptInType | str): ``OptInType``; enum:tollfree_verification_opt_in_type; one of ``VERBAL``, ``WEB_FORM``, ``PAPER_FORM``, ``VIA_TEXT``, ``MOBILE_QR_CODE``, ``IMPORT``, ``IMPORT_PLEASE_REPLACE``; optional.
        message_volume (str): ``MessageVolume``; string; optional.
        business_street_address (str): ``BusinessStreetAddress``; string; optional.
        business_street_address2 (str): ``BusinessStreetAddress2``; string; optional.
        business_city (str): ``BusinessCity``; string; optional.
        business_state_province_region (str): ``BusinessStateProvinceRegion``; string; optional.
        business_postal_code (str): ``BusinessPostalCode``; string; optional.
        business_country (str): ``BusinessCountry``; string; optional.
        additional_information (str): ``AdditionalInformation``; string; optional.
        business_contact_first_name (str): ``BusinessContactFirstName``; string; optional.
        business_contact_last_name (str): ``BusinessContactLastName``; string; optional.
        business_contact_email (str): ``BusinessContactEmail``; string; optional.
        business_contact_phone (str): ``BusinessContactPhone``; phone-number; optional.
        edit_reason (str): ``EditReason``; string; optional.
        business_registration_number (str): ``BusinessRegistrationNumber``; string; optional.
        business_registration_authority (TollfreeVerificationBusinessRegistrationAuthority | str): ``BusinessRegistrationAuthority``; enum:tollfree_verification_business_registration_authority; one of ``EIN``, ``CBN``, ``CRN``, ``PROVINCIAL_NUMBER``, ``VAT``, ``ACN``, ``ABN``, ``BRN``, ``SIREN``, ``SIRET``, ``NZBN``, ``USt-IdNr``, ``CIF``, ``NIF``, ``CNPJ``, ``UID``, ``NEQ``, ``OTHER``; optional.
        business_registration_country (str): ``BusinessRegistrationCountry``; string; optional.
        business_type (TollfreeVerificationBusinessType | str): ``BusinessType``; enum:tollfree_verification_business_type; one of ``PRIVATE_PROFIT``, ``PUBLIC_PROFIT``, ``SOLE_PROPRIETOR``, ``NON_PROFIT``, ``GOVERNMENT``; optional.
        business_registration_phone_number (str): ``BusinessRegistrationPhoneNumber``; string; optional.
        doing_business_as (str): ``DoingBusinessAs``; string; optional.
        opt_in_confirmation_message (str): ``OptInConfirmationMessage``; string; optional.
        help_message_sample (str): ``HelpMessageSample``; string; optional.
        privacy_policy_url (str): ``PrivacyPolicyUrl``; string; optional.
        terms_and_conditions_url (str): ``TermsAndConditionsUrl``; string; optional.
        age_gated_content (bool): ``AgeGatedContent``; boolean; optional.
        opt_in_keywords (Sequence[str]): ``OptInKeywords``; list<string>; optional.
        vetting_provider (TollfreeVerificationVettingProvider | str): ``VettingProvider``; enum:tollfree_verification_vetting_provider; one of ``CAMPAIGN_VERIFY``; optional.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Update this TollfreeVerification: ``POST /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        business_name (str): ``BusinessName``; string; optional.
        business_website (str): ``BusinessWebsite``; string; optional.
        notification_email (str): ``NotificationEmail``; string; optional.
        use_case_categories (Any): ``UseCaseCategories``; object; optional.
        use_case_summary (str): ``UseCaseSummary``; string; optional.
        production_message_sample (str): ``ProductionMessageSample``; string; optional.
        opt_in_image_urls (Sequence[str]): ``OptInImageUrls``; list<string>; optional.
        opt_in_type (TollfreeVerificationOptInType | str): ``OptInType``; enum:tollfree_verification_opt_in_type; one of ``VERBAL``, ``WEB_FORM``, ``PAPER_FORM``, ``VIA_TEXT``, ``MOBILE_QR_CODE``, ``IMPORT``, ``IMPORT_PLEASE_REPLACE``; optional.
        message_volume (str): ``MessageVolume``; string; optional.
        business_street_address (str): ``BusinessStreetAddress``; string; optional.
        business_street_address2 (str): ``BusinessStreetAddress2``; string; optional.
        business_city (str): ``BusinessCity``; string; optional.
        business_state_province_region (str): ``BusinessStateProvinceRegion``; string; optional.
        business_postal_code (str): ``BusinessPostalCode``; string; optional.
        business_country (str): ``BusinessCountry``; string; optional.
        additional_information (str): ``AdditionalInformation``; string; optional.
        business_contact_first_name (str): ``BusinessContactFirstName``; string; optional.
        business_contact_last_name (str): ``BusinessContactLastName``; string; optional.
        business_contact_email (str): ``BusinessContactEmail``; string; optional.
        business_contact_phone (str): ``BusinessContactPhone``; phone-number; optional.
        edit_reason (str): ``EditReason``; string; optional.
        business_registration_number (str): ``BusinessRegistrationNumber``; string; optional.
        business_registration_authority (TollfreeVerificationBusinessRegistrationAuthority | str): ``BusinessRegistrationAuthority``; enum:tollfree_verification_business_registration_authority; one of ``EIN``, ``CBN``, ``CRN``, ``PROVINCIAL_NUMBER``, ``VAT``, ``ACN``, ``ABN``, ``BRN``, ``SIREN``, ``SIRET``, ``NZBN``, ``USt-IdNr``, ``CIF``, ``NIF``, ``CNPJ``, ``UID``, ``NEQ``, ``OTHER``; optional.
        business_registration_country (str): ``BusinessRegistrationCountry``; string; optional.
        business_type (TollfreeVerificationBusinessType | str): ``BusinessType``; enum:tollfree_verification_business_type; one of ``PRIVATE_PROFIT``, ``PUBLIC_PROFIT``, ``SOLE_PROPRIETOR``, ``NON_PROFIT``, ``GOVERNMENT``; optional.
        business_registration_phone_number (str): ``BusinessRegistrationPhoneNumber``; string; optional.
        doing_business_as (str): ``DoingBusinessAs``; string; optional.
        opt_in_confirmation_message (str): ``OptInConfirmationMessage``; string; optional.
        help_message_sample (str): ``HelpMessageSample``; string; optional.
        privacy_policy_url (str): ``PrivacyPolicyUrl``; string; optional.
        terms_and_conditions_url (str): ``TermsAndConditionsUrl``; string; optional.
        age_gated_content (bool): ``AgeGatedContent``; boolean; optional.
        opt_in_keywords (Sequence[str]): ``OptInKeywords``; list<string>; optional.
        vetting_provider (TollfreeVerificationVettingProvider | str): ``VettingProvider``; enum:tollfree_verification_vetting_provider; one of ``CAMPAIGN_VERIFY``; optional.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this TollfreeVerification: ``DELETE /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this TollfreeVerification: ``DELETE /v1/Tollfree/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class TollfreeVerificationList(KeyedList[TollfreeVerificationContext]):
    """TollfreeVerification collection: ``/v1/Tollfree/Verifications``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TollfreeVerificationCreateArgs,
        """Create a TollfreeVerification: ``POST /v1/Tollfree/Verifications``.

    Parameters are sent in the form body unless noted.

    Args:
        business_name (str): ``BusinessName``; string; required.
        business_website (str): ``BusinessWebsite``; string; required.
        notification_email (str): ``NotificationEmail``; string; required.
        use_case_categories (Any): ``UseCaseCategories``; object; required.
        use_case_summary (str): ``UseCaseSummary``; string; required.
        production_message_sample (str): ``ProductionMessageSample``; string; required.
        opt_in_image_urls (Sequence[str]): ``OptInImageUrls``; list<string>; required.
        opt_in_type (TollfreeVerificationOptInType | str): ``OptInType``; enum:tollfree_verification_opt_in_type; one of ``VERBAL``, ``WEB_FORM``, ``PAPER_FORM``, ``VIA_TEXT``, ``MOBILE_QR_CODE``, ``IMPORT``, ``IMPORT_PLEASE_REPLACE``; required.
        message_volume (str): ``MessageVolume``; string; required.
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; required.
        customer_profile_sid (str): ``CustomerProfileSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        business_street_address (str): ``BusinessStreetAddress``; string; optional.
        business_street_address2 (str): ``BusinessStreetAddress2``; string; optional.
        business_city (str): ``BusinessCity``; string; optional.
        business_state_province_region (str): ``BusinessStateProvinceRegion``; string; optional.
        business_postal_code (str): ``BusinessPostalCode``; string; optional.
        business_country (str): ``BusinessCountry``; string; optional.
        additional_information (str): ``AdditionalInformation``; string; optional.
        business_contact_first_name (str): ``BusinessContactFirstName``; string; optional.
        business_contact_last_name (str): ``BusinessContactLastName``; string; optional.
        business_contact_email (str): ``BusinessContactEmail``; string; optional.
        business_contact_phone (str): ``BusinessContactPhone``; phone-number; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        business_registration_number (str): ``BusinessRegistrationNumber``; string; optional.
        business_registration_authority (TollfreeVerificationBusinessRegistrationAuthority | str): ``BusinessRegistrationAuthority``; enum:tollfree_verification_business_registration_authority; one of ``EIN``, ``CBN``, ``CRN``, ``PROVINCIAL_NUMBER``, ``VAT``, ``ACN``, ``ABN``, ``BRN``, ``SIREN``, ``SIRET``, ``NZBN``, ``USt-IdNr``, ``CIF``, ``NIF``, ``CNPJ``, ``UID``, ``NEQ``, ``OTHER``; optional.
        business_registration_country (str): ``BusinessRegistrationCountry``; string; optional.
        business_type (TollfreeVerificationBusinessType | str): ``BusinessType``; enum:tollfree_verification_business_type; one of ``PRIVATE_PROFIT``, ``PUBLIC_PROFIT``, ``SOLE_PROPRIETOR``, ``NON_PROFIT``, ``GOVERNMENT``; optional.
        business_registration_phone_number (str): ``BusinessRegistrationPhoneNumber``; string; optional.
        doing_business_as (str): ``DoingBusinessAs``; string; optional.
        opt_in_confirmation_message (str): ``OptInConfirmationMessage``; string; optional.
        help_message_sample (str): ``HelpMessageSample``; string; optional.
        privacy_policy_url (str): ``PrivacyPolicyUrl``; string; optional.
        terms_and_conditions_url (str): ``TermsAndConditionsUrl``; string; optional.
        age_gated_content (bool): ``AgeGatedContent``; boolean; optional.
        opt_in_keywords (Sequence[str]): ``OptInKeywords``; list<string>; optional.
        vetting_provider (TollfreeVerificationVettingProvider | str): ``VettingProvider``; enum:tollfree_verification_vetting_provider; one of ``CAMPAIGN_VERIFY``; optional.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a TollfreeVerification: ``POST /v1/Tollfree/Verifications``.

    Parameters are sent in the form body unless noted.

    Args:
        business_name (str): ``BusinessName``; string; required.
        business_website (str): ``BusinessWebsite``; string; required.
        notification_email (str): ``NotificationEmail``; string; required.
        use_case_categories (Any): ``UseCaseCategories``; object; required.
        use_case_summary (str): ``UseCaseSummary``; string; required.
        production_message_sample (str): ``ProductionMessageSample``; string; required.
        opt_in_image_urls (Sequence[str]): ``OptInImageUrls``; list<string>; required.
        opt_in_type (TollfreeVerificationOptInType | str): ``OptInType``; enum:tollfree_verification_opt_in_type; one of ``VERBAL``, ``WEB_FORM``, ``PAPER_FORM``, ``VIA_TEXT``, ``MOBILE_QR_CODE``, ``IMPORT``, ``IMPORT_PLEASE_REPLACE``; required.
        message_volume (str): ``MessageVolume``; string; required.
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; required.
        customer_profile_sid (str): ``CustomerProfileSid``; string; matching ``^BU[0-9a-fA-F]{32}$``; optional.
        business_street_address (str): ``BusinessStreetAddress``; string; optional.
        business_street_address2 (str): ``BusinessStreetAddress2``; string; optional.
        business_city (str): ``BusinessCity``; string; optional.
        business_state_province_region (str): ``BusinessStateProvinceRegion``; string; optional.
        business_postal_code (str): ``BusinessPostalCode``; string; optional.
        business_country (str): ``BusinessCountry``; string; optional.
        additional_information (str): ``AdditionalInformation``; string; optional.
        business_contact_first_name (str): ``BusinessContactFirstName``; string; optional.
        business_contact_last_name (str): ``BusinessContactLastName``; string; optional.
        business_contact_email (str): ``BusinessContactEmail``; string; optional.
        business_contact_phone (str): ``BusinessContactPhone``; phone-number; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        business_registration_number (str): ``BusinessRegistrationNumber``; string; optional.
        business_registration_authority (TollfreeVerificationBusinessRegistrationAuthority | str): ``BusinessRegistrationAuthority``; enum:tollfree_verification_business_registration_authority; one of ``EIN``, ``CBN``, ``CRN``, ``PROVINCIAL_NUMBER``, ``VAT``, ``ACN``, ``ABN``, ``BRN``, ``SIREN``, ``SIRET``, ``NZBN``, ``USt-IdNr``, ``CIF``, ``NIF``, ``CNPJ``, ``UID``, ``NEQ``, ``OTHER``; optional.
        business_registration_country (str): ``BusinessRegistrationCountry``; string; optional.
        business_type (TollfreeVerificationBusinessType | str): ``BusinessType``; enum:tollfree_verification_business_type; one of ``PRIVATE_PROFIT``, ``PUBLIC_PROFIT``, ``SOLE_PROPRIETOR``, ``NON_PROFIT``, ``GOVERNMENT``; optional.
        business_registration_phone_number (str): ``BusinessRegistrationPhoneNumber``; string; optional.
        doing_business_as (str): ``DoingBusinessAs``; string; optional.
        opt_in_confirmation_message (str): ``OptInConfirmationMessage``; string; optional.
        help_message_sample (str): ``HelpMessageSample``; string; optional.
        privacy_policy_url (str): ``PrivacyPolicyUrl``; string; optional.
        terms_and_conditions_url (str): ``TermsAndConditionsUrl``; string; optional.
        age_gated_content (bool): ``AgeGatedContent``; boolean; optional.
        opt_in_keywords (Sequence[str]): ``OptInKeywords``; list<string>; optional.
        vetting_provider (TollfreeVerificationVettingProvider | str): ``VettingProvider``; enum:tollfree_verification_vetting_provider; one of ``CAMPAIGN_VERIFY``; optional.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TollfreeVerification

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        TollfreeVerificationListArgs,
        """List TollfreeVerification resources, every page up to ``limit`` items: ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TollfreeVerification]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List TollfreeVerification resources, every page up to ``limit`` items: ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TollfreeVerification]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        TollfreeVerificationListArgs,
        """Stream TollfreeVerification resources, one page in memory at a time: ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TollfreeVerification.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream TollfreeVerification resources, one page in memory at a time: ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TollfreeVerification.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        TollfreeVerificationPageArgs,
        """One page of TollfreeVerification resources (``next_page()`` moves on): ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TollfreeVerification]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of TollfreeVerification resources (``next_page()`` moves on): ``GET /v1/Tollfree/Verifications``.

    Parameters are sent in the query string unless noted.

    Args:
        tollfree_phone_number_sid (str): ``TollfreePhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        status (TollfreeVerificationStatus | str): ``Status``; enum:tollfree_verification_status; one of ``PENDING_REVIEW``, ``IN_REVIEW``, ``TWILIO_APPROVED``, ``TWILIO_REJECTED``; optional.
        external_reference_id (str): ``ExternalReferenceId``; string; optional.
        include_sub_accounts (bool): ``IncludeSubAccounts``; boolean; optional.
        trust_product_sid (Sequence[str]): ``TrustProductSid``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TollfreeVerification]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
