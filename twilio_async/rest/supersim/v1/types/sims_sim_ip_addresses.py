# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SimIpAddress models (``sims.sim_ip_addresses``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel

from ..enums import SimIpAddressIpAddressVersion


class SimIpAddress(TwilioModel):
    """A SimIpAddress as returned by the API."""

    ip_address: str | None = None
    ip_address_version: SimIpAddressIpAddressVersion | None = None
