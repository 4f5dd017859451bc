# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Notification models (``services.entities.challenges.notifications``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import TwilioModel


class Notification(TwilioModel):
    """A Notification as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    challenge_sid: str | None = None
    priority: str | None = None
    ttl: WireInt | None = None
    date_created: IsoDateTime | None = None
