# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""BulkConsents models (``bulk_consents``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class BulkConsents(TwilioModel):
    """A BulkConsents as returned by the API."""

    items: Any | None = None
