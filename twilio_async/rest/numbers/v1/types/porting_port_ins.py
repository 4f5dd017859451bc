# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortIn models (``porting_port_ins``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..porting_port_ins import PortingPortInContext


class PortingPortIn(InstanceModel["PortingPortInContext"]):
    """A PortingPortIn as returned by the API."""

    port_in_request_sid: str
    url: str | None = None
    account_sid: str | None = None
    notification_emails: list[str] | None = None
    target_port_in_date: date | None = None
    target_port_in_time_range_start: str | None = None
    target_port_in_time_range_end: str | None = None
    port_in_request_status: str | None = None
    order_cancellation_reason: str | None = None
    losing_carrier_information: Any | None = None
    phone_numbers: list[Any] | None = None
    bundle_sid: str | None = None
    portability_advance_carrier: str | None = None
    auto_cancel_approval_numbers: str | None = None
    documents: list[str] | None = None
    date_created: IsoDateTime | None = None
    support_ticket_id: WireInt | None = None
    signature_request_url: str | None = None

    _key_field = "port_in_request_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PortingPortInContext.fetch
        delete: ClassVar = PortingPortInContext.delete
        porting_port_in_phone_number: ClassVar = PortingPortInContext.porting_port_in_phone_number

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..porting_port_ins import PortingPortInContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        porting_port_in_phone_number = FromContext()
