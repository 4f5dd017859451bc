# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsAssessmentsComment models (``insights_assessments_comment``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class InsightsAssessmentsComment(TwilioModel):
    """A InsightsAssessmentsComment as returned by the API."""

    account_sid: str | None = None
    assessment_sid: str | None = None
    comment: Any | None = None
    offset: str | None = None
    report: bool | None = None
    weight: str | None = None
    agent_id: str | None = None
    segment_id: str | None = None
    user_name: str | None = None
    user_email: str | None = None
    timestamp: str | None = None
    url: str | None = None
