# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSegments models (``insights_segments``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class InsightsSegments(TwilioModel):
    """A InsightsSegments as returned by the API."""

    segment_id: str | None = None
    external_id: str | None = None
    queue: str | None = None
    external_contact: str | None = None
    external_segment_link_id: str | None = None
    date: str | None = None
    account_id: str | None = None
    external_segment_link: str | None = None
    agent_id: str | None = None
    agent_phone: str | None = None
    agent_name: str | None = None
    agent_team_name: str | None = None
    agent_team_name_in_hierarchy: str | None = None
    agent_link: str | None = None
    customer_phone: str | None = None
    customer_name: str | None = None
    customer_link: str | None = None
    segment_recording_offset: str | None = None
    media: Any | None = None
    assessment_type: Any | None = None
    assessment_percentage: Any | None = None
    url: str | None = None
