# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SettingsUpdate models (``settings_updates``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import SettingsUpdateStatus


class SettingsUpdate(TwilioModel):
    """A SettingsUpdate as returned by the API."""

    sid: str | None = None
    iccid: str | None = None
    sim_sid: str | None = None
    status: SettingsUpdateStatus | None = None
    packages: list[Any] | None = None
    date_completed: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
