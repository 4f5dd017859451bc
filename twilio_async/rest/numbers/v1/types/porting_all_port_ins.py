# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortInRequestList models (``porting_all_port_ins``)."""

from __future__ import annotations

from twilio_async._fields import WireInt
from twilio_async._models import TwilioModel


class PortInRequestList(TwilioModel):
    """A PortInRequestList as returned by the API."""

    port_in_request_sid: str | None = None
    port_in_request_status: str | None = None
    status_last_updated_timestamp: str | None = None
    phone_numbers_requested: WireInt | None = None
    phone_numbers_ported: WireInt | None = None
    suggested_action: str | None = None
