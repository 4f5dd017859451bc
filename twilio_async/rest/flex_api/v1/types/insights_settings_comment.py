# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSettingsComment models (``insights_settings_comment``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class InsightsSettingsComment(TwilioModel):
    """A InsightsSettingsComment as returned by the API."""

    account_sid: str | None = None
    comments: Any | None = None
    url: str | None = None
