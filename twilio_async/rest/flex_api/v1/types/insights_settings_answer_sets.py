# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSettingsAnswerSets models (``insights_settings_answer_sets``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class InsightsSettingsAnswerSets(TwilioModel):
    """A InsightsSettingsAnswerSets as returned by the API."""

    account_sid: str | None = None
    answer_sets: Any | None = None
    answer_set_categories: Any | None = None
    not_applicable: Any | None = None
    url: str | None = None
