# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Enums of trusthub v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ComplianceRegistrationBusinessIdentityType(TwilioEnum):
    """Values of ``compliance_registration_business_identity_type``; unknown values are kept, not rejected."""

    DIRECT_CUSTOMER = "direct_customer"
    ISV_RESELLER_OR_PARTNER = "isv_reseller_or_partner"
    UNKNOWN = "unknown"


class ComplianceRegistrationBusinessRegistrationAuthority(TwilioEnum):
    """Values of ``compliance_registration_business_registration_authority``; unknown values are kept, not rejected."""

    UK_CRN = "UK:CRN"
    US_EIN = "US:EIN"
    CA_CBN = "CA:CBN"
    AU_ACN = "AU:ACN"
    OTHER = "Other"


class ComplianceRegistrationEndUserType(TwilioEnum):
    """Values of ``compliance_registration_end_user_type``; unknown values are kept, not rejected."""

    INDIVIDUAL = "Individual"
    BUSINESS = "Business"


class ComplianceRegistrationPhoneNumberType(TwilioEnum):
    """Values of ``compliance_registration_phone_number_type``; unknown values are kept, not rejected."""

    LOCAL = "local"
    NATIONAL = "national"
    MOBILE = "mobile"
    TOLL_FREE = "toll-free"


class ComplianceTollfreeInquiryBusinessType(TwilioEnum):
    """Values of ``compliance_tollfree_inquiry_business_type``; unknown values are kept, not rejected."""

    PRIVATE_PROFIT = "PRIVATE_PROFIT"
    PUBLIC_PROFIT = "PUBLIC_PROFIT"
    NON_PROFIT = "NON_PROFIT"
    SOLE_PROPRIETOR = "SOLE_PROPRIETOR"
    GOVERNMENT = "GOVERNMENT"


class ComplianceTollfreeInquiryOptInType(TwilioEnum):
    """Values of ``compliance_tollfree_inquiry_opt_in_type``; unknown values are kept, not rejected."""

    VERBAL = "VERBAL"
    WEB_FORM = "WEB_FORM"
    PAPER_FORM = "PAPER_FORM"
    VIA_TEXT = "VIA_TEXT"
    MOBILE_QR_CODE = "MOBILE_QR_CODE"


class CustomerProfileEvaluationStatus(TwilioEnum):
    """Values of ``customer_profile_evaluation_status``; unknown values are kept, not rejected."""

    COMPLIANT = "compliant"
    NONCOMPLIANT = "noncompliant"


class CustomerProfileStatus(TwilioEnum):
    """Values of ``customer_profile_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"


class SupportingDocumentStatus(TwilioEnum):
    """Values of ``supporting_document_status``; unknown values are kept, not rejected."""

    DRAFT = "DRAFT"
    PENDING_REVIEW = "PENDING_REVIEW"
    REJECTED = "REJECTED"
    APPROVED = "APPROVED"
    EXPIRED = "EXPIRED"
    PROVISIONALLY_APPROVED = "PROVISIONALLY_APPROVED"


class TrustProductEvaluationStatus(TwilioEnum):
    """Values of ``trust_product_evaluation_status``; unknown values are kept, not rejected."""

    COMPLIANT = "compliant"
    NONCOMPLIANT = "noncompliant"


class TrustProductStatus(TwilioEnum):
    """Values of ``trust_product_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
