# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""ComplianceRegistrationInquiries resources (``compliance_registration_inquiries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        ComplianceRegistrationBusinessIdentityType,
        ComplianceRegistrationBusinessRegistrationAuthority,
        ComplianceRegistrationEndUserType,
        ComplianceRegistrationPhoneNumberType,
    )
    from .types.compliance_registration_inquiries import ComplianceRegistrationInquiries

_TYPES = Models(__package__, ".types.compliance_registration_inquiries")
_MODEL = _TYPES("ComplianceRegistrationInquiries")
_LIST_PATH = "/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize"
_INSTANCE_PATH = "/v1/ComplianceInquiries/Registration/{0}/RegulatoryCompliance/GB/Initialize"
_CREATE: Operation[ComplianceRegistrationInquiries] = Operation(
    "compliance_registration_inquiries.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("end_user_type", "EndUserType", FORM, "string", required=True),
    P("phone_number_type", "PhoneNumberType", FORM, "string", required=True),
    P("business_identity_type", "BusinessIdentityType", FORM, "string"),
    P("business_registration_authority", "BusinessRegistrationAuthority", FORM, "string"),
    P("business_legal_name", "BusinessLegalName", FORM, "string"),
    P("notification_email", "NotificationEmail", FORM, "string"),
    P("accepted_notification_receipt", "AcceptedNotificationReceipt", FORM, "boolean"),
    P("business_registration_number", "BusinessRegistrationNumber", FORM, "string"),
    P("business_website_url", "BusinessWebsiteUrl", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P(
        "authorized_representative1_first_name",
        "AuthorizedRepresentative1FirstName",
        FORM,
        "string",
    ),
    P("authorized_representative1_last_name", "AuthorizedRepresentative1LastName", FORM, "string"),
    P("authorized_representative1_phone", "AuthorizedRepresentative1Phone", FORM, "string"),
    P("authorized_representative1_email", "AuthorizedRepresentative1Email", FORM, "string"),
    P(
        "authorized_representative1_date_of_birth",
        "AuthorizedRepresentative1DateOfBirth",
        FORM,
        "string",
    ),
    P("address_street", "AddressStreet", FORM, "string"),
    P("address_street_secondary", "AddressStreetSecondary", FORM, "string"),
    P("address_city", "AddressCity", FORM, "string"),
    P("address_subdivision", "AddressSubdivision", FORM, "string"),
    P("address_postal_code", "AddressPostalCode", FORM, "string"),
    P("address_country_code", "AddressCountryCode", FORM, "string"),
    P("emergency_address_street", "EmergencyAddressStreet", FORM, "string"),
    P("emergency_address_street_secondary", "EmergencyAddressStreetSecondary", FORM, "string"),
    P("emergency_address_city", "EmergencyAddressCity", FORM, "string"),
    P("emergency_address_subdivision", "EmergencyAddressSubdivision", FORM, "string"),
    P("emergency_address_postal_code", "EmergencyAddressPostalCode", FORM, "string"),
    P("emergency_address_country_code", "EmergencyAddressCountryCode", FORM, "string"),
    P("use_address_as_emergency_address", "UseAddressAsEmergencyAddress", FORM, "boolean"),
    P("file_name", "FileName", FORM, "string"),
    P("file", "File", FORM, "string"),
    P("first_name", "FirstName", FORM, "string"),
    P("last_name", "LastName", FORM, "string"),
    P("date_of_birth", "DateOfBirth", FORM, "string"),
    P("individual_email", "IndividualEmail", FORM, "string"),
    P("individual_phone", "IndividualPhone", FORM, "string"),
    P("is_isv_embed", "IsIsvEmbed", FORM, "boolean"),
    P("isv_registering_for_self_or_tenant", "IsvRegisteringForSelfOrTenant", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("theme_set_id", "ThemeSetId", FORM, "string"),
)
_UPDATE: Operation[ComplianceRegistrationInquiries] = Operation(
    "compliance_registration_inquiries.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("is_isv_embed", "IsIsvEmbed", FORM, "boolean"),
    P("theme_set_id", "ThemeSetId", FORM, "string"),
)


class ComplianceRegistrationInquiriesCreateArgs(Args):
    end_user_type: ComplianceRegistrationEndUserType | str
    phone_number_type: ComplianceRegistrationPhoneNumberType | str
    business_identity_type: ComplianceRegistrationBusinessIdentityType | str | NotGiven = NOT_GIVEN
    business_registration_authority: (
        ComplianceRegistrationBusinessRegistrationAuthority | str | NotGiven
    ) = NOT_GIVEN
    business_legal_name: str | NotGiven = NOT_GIVEN
    notification_email: str | NotGiven = NOT_GIVEN
    accepted_notification_receipt: bool | NotGiven = NOT_GIVEN
    business_registration_number: str | NotGiven = NOT_GIVEN
    business_website_url: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    authorized_representative1_first_name: str | NotGiven = NOT_GIVEN
    authorized_representative1_last_name: str | NotGiven = NOT_GIVEN
    authorized_representative1_phone: str | NotGiven = NOT_GIVEN
    authorized_representative1_email: str | NotGiven = NOT_GIVEN
    authorized_representative1_date_of_birth: str | NotGiven = NOT_GIVEN
    address_street: str | NotGiven = NOT_GIVEN
    address_street_secondary: str | NotGiven = NOT_GIVEN
    address_city: str | NotGiven = NOT_GIVEN
    address_subdivision: str | NotGiven = NOT_GIVEN
    address_postal_code: str | NotGiven = NOT_GIVEN
    address_country_code: str | NotGiven = NOT_GIVEN
    emergency_address_street: str | NotGiven = NOT_GIVEN
    emergency_address_street_secondary: str | NotGiven = NOT_GIVEN
    emergency_address_city: str | NotGiven = NOT_GIVEN
    emergency_address_subdivision: str | NotGiven = NOT_GIVEN
    emergency_address_postal_code: str | NotGiven = NOT_GIVEN
    emergency_address_country_code: str | NotGiven = NOT_GIVEN
    use_address_as_emergency_address: bool | NotGiven = NOT_GIVEN
    file_name: str | NotGiven = NOT_GIVEN
    file: str | NotGiven = NOT_GIVEN
    first_name: str | NotGiven = NOT_GIVEN
    last_name: str | NotGiven = NOT_GIVEN
    date_of_birth: str | NotGiven = NOT_GIVEN
    individual_email: str | NotGiven = NOT_GIVEN
    individual_phone: str | NotGiven = NOT_GIVEN
    is_isv_embed: bool | NotGiven = NOT_GIVEN
    isv_registering_for_self_or_tenant: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    theme_set_id: str | NotGiven = NOT_GIVEN


class ComplianceRegistrationInquiriesUpdateArgs(Args):
    is_isv_embed: bool | NotGiven = NOT_GIVEN
    theme_set_id: str | NotGiven = NOT_GIVEN


class ComplianceRegistrationInquiriesContext(InstanceContext):
    """One ComplianceRegistrationInquiries: ``/v1/ComplianceInquiries/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize``."""

    __slots__ = ()
    update = _UPDATE.call_method(ComplianceRegistrationInquiriesUpdateArgs)
    """Update this ComplianceRegistrationInquiries: ``POST /v1/ComplianceInquiries/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize``."""


class ComplianceRegistrationInquiriesList(KeyedList[ComplianceRegistrationInquiriesContext]):
    """ComplianceRegistrationInquiries collection: ``/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize``."""

    __slots__ = ()
    _key = ("RegistrationId", "registration_id", None)
    create = _CREATE.call_method(ComplianceRegistrationInquiriesCreateArgs)
    """Create a ComplianceRegistrationInquiries: ``POST /v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize``."""
