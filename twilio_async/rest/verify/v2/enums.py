# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Enums of verify v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AccessTokenFactorTypes(TwilioEnum):
    """Values of ``access_token_factor_types``; unknown values are kept, not rejected."""

    PUSH = "push"


class ChallengeChallengeReasons(TwilioEnum):
    """Values of ``challenge_challenge_reasons``; unknown values are kept, not rejected."""

    NONE = "none"
    NOT_NEEDED = "not_needed"
    NOT_REQUESTED = "not_requested"


class ChallengeChallengeStatuses(TwilioEnum):
    """Values of ``challenge_challenge_statuses``; unknown values are kept, not rejected."""

    PENDING = "pending"
    EXPIRED = "expired"
    APPROVED = "approved"
    DENIED = "denied"


class ChallengeFactorTypes(TwilioEnum):
    """Values of ``challenge_factor_types``; unknown values are kept, not rejected."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


class ChallengeListOrders(TwilioEnum):
    """Values of ``challenge_list_orders``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class FactorFactorStatuses(TwilioEnum):
    """Values of ``factor_factor_statuses``; unknown values are kept, not rejected."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"


class FactorFactorTypes(TwilioEnum):
    """Values of ``factor_factor_types``; unknown values are kept, not rejected."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


class FactorTotpAlgorithms(TwilioEnum):
    """Values of ``factor_totp_algorithms``; unknown values are kept, not rejected."""

    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA512 = "sha512"


class FormFormTypes(TwilioEnum):
    """Values of ``form_form_types``; unknown values are kept, not rejected."""

    FORM_PUSH = "form-push"


class NewFactorFactorStatuses(TwilioEnum):
    """Values of ``new_factor_factor_statuses``; unknown values are kept, not rejected."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"


class NewFactorFactorTypes(TwilioEnum):
    """Values of ``new_factor_factor_types``; unknown values are kept, not rejected."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


class NewFactorNotificationPlatforms(TwilioEnum):
    """Values of ``new_factor_notification_platforms``; unknown values are kept, not rejected."""

    APN = "apn"
    FCM = "fcm"
    NONE = "none"


class NewFactorTotpAlgorithms(TwilioEnum):
    """Values of ``new_factor_totp_algorithms``; unknown values are kept, not rejected."""

    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA512 = "sha512"


class VerificationAttemptChannels(TwilioEnum):
    """Values of ``verification_attempt_channels``; unknown values are kept, not rejected."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    RBM = "rbm"


class VerificationAttemptConversionStatus(TwilioEnum):
    """Values of ``verification_attempt_conversion_status``; unknown values are kept, not rejected."""

    CONVERTED = "converted"
    UNCONVERTED = "unconverted"


class VerificationAttemptsSummaryChannels(TwilioEnum):
    """Values of ``verification_attempts_summary_channels``; unknown values are kept, not rejected."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    RBM = "rbm"


class VerificationChannel(TwilioEnum):
    """Values of ``verification_channel``; unknown values are kept, not rejected."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SNA = "sna"


class VerificationCheckChannel(TwilioEnum):
    """Values of ``verification_check_channel``; unknown values are kept, not rejected."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SNA = "sna"


class VerificationRiskCheck(TwilioEnum):
    """Values of ``verification_risk_check``; unknown values are kept, not rejected."""

    ENABLE = "enable"
    DISABLE = "disable"


class VerificationStatus(TwilioEnum):
    """Values of ``verification_status``; unknown values are kept, not rejected."""

    CANCELED = "canceled"
    APPROVED = "approved"


class WebhookMethods(TwilioEnum):
    """Values of ``webhook_methods``; unknown values are kept, not rejected."""

    GET = "GET"
    POST = "POST"


class WebhookStatus(TwilioEnum):
    """Values of ``webhook_status``; unknown values are kept, not rejected."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class WebhookVersion(TwilioEnum):
    """Values of ``webhook_version``; unknown values are kept, not rejected."""

    V1 = "v1"
    V2 = "v2"
