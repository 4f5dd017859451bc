# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""InstalledAddOnUsage models (``installed_add_ons.usage``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireDecimal
from twilio_async._models import TwilioModel


class InstalledAddOnUsage(TwilioModel):
    """A InstalledAddOnUsage as returned by the API."""

    total_submitted: WireDecimal | None = None
    billable_items: list[Any] | None = None
