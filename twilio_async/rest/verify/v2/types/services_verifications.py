# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Verification models (``services.verifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import VerificationChannel

if TYPE_CHECKING:
    from ..services_verifications import VerificationContext


class Verification(InstanceModel["VerificationContext"]):
    """A Verification as returned by the API."""

    sid: str
    service_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    channel: VerificationChannel | None = None
    status: str | None = None
    valid: bool | None = None
    lookup: Any | None = None
    amount: str | None = None
    payee: str | None = None
    send_code_attempts: list[Any] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sna: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VerificationContext.fetch
        update: ClassVar = VerificationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_verifications import VerificationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
