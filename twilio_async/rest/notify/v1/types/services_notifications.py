# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Notification models (``services.notifications``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import TwilioModel

from ..enums import NotificationPriority


class Notification(TwilioModel):
    """A Notification as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    identities: list[str] | None = None
    tags: list[str] | None = None
    segments: list[str] | None = None
    priority: NotificationPriority | None = None
    ttl: WireInt | None = None
    title: str | None = None
    body: str | None = None
    sound: str | None = None
    action: str | None = None
    data: Any | None = None
    apn: Any | None = None
    gcm: Any | None = None
    fcm: Any | None = None
    sms: Any | None = None
    facebook_messenger: Any | None = None
    alexa: Any | None = None
