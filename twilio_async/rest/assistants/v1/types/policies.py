# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Policy models (``policies``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class Policy(TwilioModel):
    """A Policy as returned by the API."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    account_sid: str | None = None
    user_sid: str | None = None
    type: str | None = None
    policy_details: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
