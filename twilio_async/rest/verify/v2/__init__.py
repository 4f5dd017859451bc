# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""verify v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .forms import FormList
    from .safelist import SafelistList
    from .services import ServiceList
    from .templates import VerificationTemplateList
    from .verification_attempts import VerificationAttemptList
    from .verification_attempts_summary import VerificationAttemptsSummaryList


class V2(Version):
    """``verify`` v2 (json-v1)."""

    domain = "verify"
    dialect_name = "json-v1"
    forms: Root[FormList] = Root(".forms", "FormList")
    safelist: Root[SafelistList] = Root(".safelist", "SafelistList")
    services: Root[ServiceList] = Root(".services", "ServiceList")
    templates: Root[VerificationTemplateList] = Root(".templates", "VerificationTemplateList")
    verification_attempts: Root[VerificationAttemptList] = Root(
        ".verification_attempts", "VerificationAttemptList"
    )
    verification_attempts_summary: Root[VerificationAttemptsSummaryList] = Root(
        ".verification_attempts_summary", "VerificationAttemptsSummaryList"
    )
