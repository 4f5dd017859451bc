# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""HostedNumberOrder models (``hosted_number_orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import HostedNumberOrderStatus, HostedNumberOrderVerificationType

if TYPE_CHECKING:
    from ..hosted_number_orders import HostedNumberOrderContext


class HostedNumberOrder(InstanceModel["HostedNumberOrderContext"]):
    """A HostedNumberOrder as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: Any | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    status: HostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    verification_attempts: int | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    url: str | None = None
    verification_type: HostedNumberOrderVerificationType | None = None
    verification_document_sid: str | None = None
    extension: str | None = None
    call_delay: int | None = None
    verification_code: str | None = None
    verification_call_sids: list[str] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = HostedNumberOrderContext.fetch
        update: ClassVar = HostedNumberOrderContext.update
        delete: ClassVar = HostedNumberOrderContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..hosted_number_orders import HostedNumberOrderContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
