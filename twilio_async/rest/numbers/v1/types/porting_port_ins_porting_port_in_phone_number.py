# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortInPhoneNumber models (``porting_port_ins.porting_port_in_phone_number``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..porting_port_ins_porting_port_in_phone_number import PortingPortInPhoneNumberContext


class PortingPortInPhoneNumber(InstanceModel["PortingPortInPhoneNumberContext"]):
    """A PortingPortInPhoneNumber as returned by the API."""

    port_in_request_sid: str | None = None
    phone_number_sid: str
    url: str | None = None
    account_sid: str | None = None
    phone_number_type: str | None = None
    date_created: IsoDateTime | None = None
    country: str | None = None
    missing_required_fields: bool | None = None
    last_updated: IsoDateTime | None = None
    phone_number: str | None = None
    portable: bool | None = None
    not_portability_reason: str | None = None
    not_portability_reason_code: WireInt | None = None
    port_in_phone_number_status: str | None = None
    port_out_pin: WireInt | None = None
    rejection_reason: str | None = None
    rejection_reason_code: WireInt | None = None
    port_date: IsoDateTime | None = None

    _key_field = "phone_number_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PortingPortInPhoneNumberContext.fetch
        delete: ClassVar = PortingPortInPhoneNumberContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..porting_port_ins_porting_port_in_phone_number import (
                PortingPortInPhoneNumberContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
