# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""BulkContacts models (``bulk_contacts``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class BulkContacts(TwilioModel):
    """A BulkContacts as returned by the API."""

    items: Any | None = None
