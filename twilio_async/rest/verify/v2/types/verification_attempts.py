# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationAttempt models (``verification_attempts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import VerificationAttemptChannels, VerificationAttemptConversionStatus

if TYPE_CHECKING:
    from ..verification_attempts import VerificationAttemptContext


class VerificationAttempt(InstanceModel["VerificationAttemptContext"]):
    """A VerificationAttempt as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    verification_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    conversion_status: VerificationAttemptConversionStatus | None = None
    channel: VerificationAttemptChannels | None = None
    price: Any | None = None
    channel_data: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VerificationAttemptContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..verification_attempts import VerificationAttemptContext  # noqa: F401
    else:
        fetch = FromContext()
