# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Payments models (``accounts.calls.payments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_calls_payments import PaymentsContext


class Payments(InstanceModel["PaymentsContext"]):
    """A Payments as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    sid: str
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = PaymentsContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls_payments import PaymentsContext  # noqa: F401
    else:
        update = FromContext()
