# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallEvent models (``accounts.calls.events``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class CallEvent(TwilioModel):
    """A CallEvent as returned by the API."""

    request: Any | None = None
    response: Any | None = None
