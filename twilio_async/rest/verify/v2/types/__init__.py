# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Response models of verify v2, loaded on first access: ``from twilio_async.rest.verify.v2.types import AccessToken``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .forms import Form as Form
    from .safelist import Safelist as Safelist
    from .services import Service as Service
    from .services_access_tokens import AccessToken as AccessToken
    from .services_approve_challenge import ApproveChallenge as ApproveChallenge
    from .services_challenges import Challenges as Challenges
    from .services_entities import Entity as Entity
    from .services_entities_challenges import Challenge as Challenge
    from .services_entities_challenges_notifications import Notification as Notification
    from .services_entities_factors import Factor as Factor
    from .services_entities_factors import NewFactor as NewFactor
    from .services_factors import Factors as Factors
    from .services_messaging_configurations import MessagingConfiguration as MessagingConfiguration
    from .services_rate_limits import RateLimit as RateLimit
    from .services_rate_limits_buckets import Bucket as Bucket
    from .services_verification_checks import VerificationCheck as VerificationCheck
    from .services_verifications import Verification as Verification
    from .services_verify_factor import VerifyFactor as VerifyFactor
    from .services_webhooks import Webhook as Webhook
    from .templates import VerificationTemplate as VerificationTemplate
    from .verification_attempts import VerificationAttempt as VerificationAttempt
    from .verification_attempts_summary import (
        VerificationAttemptsSummary as VerificationAttemptsSummary,
    )

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AccessToken": ".services_access_tokens",
    "ApproveChallenge": ".services_approve_challenge",
    "Bucket": ".services_rate_limits_buckets",
    "Challenge": ".services_entities_challenges",
    "Challenges": ".services_challenges",
    "Entity": ".services_entities",
    "Factor": ".services_entities_factors",
    "Factors": ".services_factors",
    "Form": ".forms",
    "MessagingConfiguration": ".services_messaging_configurations",
    "NewFactor": ".services_entities_factors",
    "Notification": ".services_entities_challenges_notifications",
    "RateLimit": ".services_rate_limits",
    "Safelist": ".safelist",
    "Service": ".services",
    "Verification": ".services_verifications",
    "VerificationAttempt": ".verification_attempts",
    "VerificationAttemptsSummary": ".verification_attempts_summary",
    "VerificationCheck": ".services_verification_checks",
    "VerificationTemplate": ".templates",
    "VerifyFactor": ".services_verify_factor",
    "Webhook": ".services_webhooks",
}
__all__ = [
    "AccessToken",
    "ApproveChallenge",
    "Bucket",
    "Challenge",
    "Challenges",
    "Entity",
    "Factor",
    "Factors",
    "Form",
    "MessagingConfiguration",
    "NewFactor",
    "Notification",
    "RateLimit",
    "Safelist",
    "Service",
    "Verification",
    "VerificationAttempt",
    "VerificationAttemptsSummary",
    "VerificationCheck",
    "VerificationTemplate",
    "VerifyFactor",
    "Webhook",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
