# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Enums of numbers v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AuthorizationDocumentStatus(TwilioEnum):
    """Values of ``authorization_document_status``; unknown values are kept, not rejected."""

    OPENED = "opened"
    SIGNING = "signing"
    SIGNED = "signed"
    CANCELED = "canceled"
    FAILED = "failed"


class BulkHostedNumberOrderRequestStatus(TwilioEnum):
    """Values of ``bulk_hosted_number_order_request_status``; unknown values are kept, not rejected."""

    QUEUED = "QUEUED"
    IN_PROGRESS = "IN_PROGRESS"
    PROCESSED = "PROCESSED"


class BundleCloneStatus(TwilioEnum):
    """Values of ``bundle_clone_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


class BundleCopyStatus(TwilioEnum):
    """Values of ``bundle_copy_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


class BundleEndUserType(TwilioEnum):
    """Values of ``bundle_end_user_type``; unknown values are kept, not rejected."""

    INDIVIDUAL = "individual"
    BUSINESS = "business"


class BundleSortBy(TwilioEnum):
    """Values of ``bundle_sort_by``; unknown values are kept, not rejected."""

    VALID_UNTIL = "valid-until"
    DATE_UPDATED = "date-updated"


class BundleSortDirection(TwilioEnum):
    """Values of ``bundle_sort_direction``; unknown values are kept, not rejected."""

    ASC = "ASC"
    DESC = "DESC"


class BundleStatus(TwilioEnum):
    """Values of ``bundle_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


class DependentHostedNumberOrderStatus(TwilioEnum):
    """Values of ``dependent_hosted_number_order_status``; unknown values are kept, not rejected."""

    RECEIVED = "received"
    VERIFIED = "verified"
    PENDING_LOA = "pending-loa"
    CARRIER_PROCESSING = "carrier-processing"
    COMPLETED = "completed"
    FAILED = "failed"
    ACTION_REQUIRED = "action-required"


class EndUserTypeEnum(TwilioEnum):
    """Values of ``end_user_type``; unknown values are kept, not rejected."""

    INDIVIDUAL = "individual"
    BUSINESS = "business"


class EvaluationStatus(TwilioEnum):
    """Values of ``evaluation_status``; unknown values are kept, not rejected."""

    COMPLIANT = "compliant"
    NONCOMPLIANT = "noncompliant"


class HostedNumberOrderStatus(TwilioEnum):
    """Values of ``hosted_number_order_status``; unknown values are kept, not rejected."""

    TWILIO_PROCESSING = "twilio-processing"
    RECEIVED = "received"
    PENDING_VERIFICATION = "pending-verification"
    VERIFIED = "verified"
    PENDING_LOA = "pending-loa"
    CARRIER_PROCESSING = "carrier-processing"
    TESTING = "testing"
    COMPLETED = "completed"
    FAILED = "failed"
    ACTION_REQUIRED = "action-required"


class HostedNumberOrderVerificationType(TwilioEnum):
    """Values of ``hosted_number_order_verification_type``; unknown values are kept, not rejected."""

    PHONE_CALL = "phone-call"


class RegulationEndUserType(TwilioEnum):
    """Values of ``regulation_end_user_type``; unknown values are kept, not rejected."""

    INDIVIDUAL = "individual"
    BUSINESS = "business"


class ReplaceItemsStatus(TwilioEnum):
    """Values of ``replace_items_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


class SupportingDocumentStatus(TwilioEnum):
    """Values of ``supporting_document_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    REJECTED = "rejected"
    APPROVED = "approved"
    EXPIRED = "expired"
    PROVISIONALLY_APPROVED = "provisionally-approved"
