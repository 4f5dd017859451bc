# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationAttemptsSummary models (``verification_attempts_summary``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..verification_attempts_summary import VerificationAttemptsSummaryContext


class VerificationAttemptsSummary(InstanceModel["VerificationAttemptsSummaryContext"]):
    """A VerificationAttemptsSummary as returned by the API."""

    total_attempts: WireInt | None = None
    total_converted: WireInt | None = None
    total_unconverted: WireInt | None = None
    conversion_rate_percentage: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VerificationAttemptsSummaryContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..verification_attempts_summary import VerificationAttemptsSummaryContext  # noqa: F401
    else:
        fetch = FromContext()
