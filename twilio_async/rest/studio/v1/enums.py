# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Enums of studio v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class EngagementStatus(TwilioEnum):
    """Values of ``engagement_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    ENDED = "ended"


class ExecutionStatus(TwilioEnum):
    """Values of ``execution_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    ENDED = "ended"


class FlowStatus(TwilioEnum):
    """Values of ``flow_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PUBLISHED = "published"
