# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""MessagingGeopermissions models (``messaging_geopermissions``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class MessagingGeopermissions(TwilioModel):
    """A MessagingGeopermissions as returned by the API."""

    permissions: Any | None = None
