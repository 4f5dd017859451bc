# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Enums of messaging v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class BrandRegistrationsBrandFeedback(TwilioEnum):
    """Values of ``brand_registrations_brand_feedback``; unknown values are kept, not rejected."""

    TAX_ID = "TAX_ID"
    STOCK_SYMBOL = "STOCK_SYMBOL"
    NONPROFIT = "NONPROFIT"
    GOVERNMENT_ENTITY = "GOVERNMENT_ENTITY"
    OTHERS = "OTHERS"


class BrandRegistrationsIdentityStatus(TwilioEnum):
    """Values of ``brand_registrations_identity_status``; unknown values are kept, not rejected."""

    SELF_DECLARED = "SELF_DECLARED"
    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
    VETTED_VERIFIED = "VETTED_VERIFIED"


class BrandRegistrationsStatus(TwilioEnum):
    """Values of ``brand_registrations_status``; unknown values are kept, not rejected."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    FAILED = "FAILED"
    IN_REVIEW = "IN_REVIEW"
    DELETION_PENDING = "DELETION_PENDING"
    DELETION_FAILED = "DELETION_FAILED"
    SUSPENDED = "SUSPENDED"


class BrandVettingVettingProvider(TwilioEnum):
    """Values of ``brand_vetting_vetting_provider``; unknown values are kept, not rejected."""

    CAMPAIGN_VERIFY = "campaign-verify"
    AEGIS = "aegis"


class ServiceScanMessageContent(TwilioEnum):
    """Values of ``service_scan_message_content``; unknown values are kept, not rejected."""

    INHERIT = "inherit"
    ENABLE = "enable"
    DISABLE = "disable"


class TollfreeVerificationBusinessRegistrationAuthority(TwilioEnum):
    """Values of ``tollfree_verification_business_registration_authority``; unknown values are kept, not rejected."""

    EIN = "EIN"
    CBN = "CBN"
    CRN = "CRN"
    PROVINCIAL_NUMBER = "PROVINCIAL_NUMBER"
    VAT = "VAT"
    ACN = "ACN"
    ABN = "ABN"
    BRN = "BRN"
    SIREN = "SIREN"
    SIRET = "SIRET"
    NZBN = "NZBN"
    UST_IDNR = "USt-IdNr"
    CIF = "CIF"
    NIF = "NIF"
    CNPJ = "CNPJ"
    UID = "UID"
    NEQ = "NEQ"
    OTHER = "OTHER"


class TollfreeVerificationBusinessType(TwilioEnum):
    """Values of ``tollfree_verification_business_type``; unknown values are kept, not rejected."""

    PRIVATE_PROFIT = "PRIVATE_PROFIT"
    PUBLIC_PROFIT = "PUBLIC_PROFIT"
    SOLE_PROPRIETOR = "SOLE_PROPRIETOR"
    NON_PROFIT = "NON_PROFIT"
    GOVERNMENT = "GOVERNMENT"


class TollfreeVerificationOptInType(TwilioEnum):
    """Values of ``tollfree_verification_opt_in_type``; unknown values are kept, not rejected."""

    VERBAL = "VERBAL"
    WEB_FORM = "WEB_FORM"
    PAPER_FORM = "PAPER_FORM"
    VIA_TEXT = "VIA_TEXT"
    MOBILE_QR_CODE = "MOBILE_QR_CODE"
    IMPORT = "IMPORT"
    IMPORT_PLEASE_REPLACE = "IMPORT_PLEASE_REPLACE"


class TollfreeVerificationStatus(TwilioEnum):
    """Values of ``tollfree_verification_status``; unknown values are kept, not rejected."""

    PENDING_REVIEW = "PENDING_REVIEW"
    IN_REVIEW = "IN_REVIEW"
    TWILIO_APPROVED = "TWILIO_APPROVED"
    TWILIO_REJECTED = "TWILIO_REJECTED"


class TollfreeVerificationVettingProvider(TwilioEnum):
    """Values of ``tollfree_verification_vetting_provider``; unknown values are kept, not rejected."""

    CAMPAIGN_VERIFY = "CAMPAIGN_VERIFY"
