# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Enums of studio v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ExecutionStatus(TwilioEnum):
    """Values of ``execution_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    ENDED = "ended"


class FlowRevisionStatus(TwilioEnum):
    """Values of ``flow_revision_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PUBLISHED = "published"


class FlowStatus(TwilioEnum):
    """Values of ``flow_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PUBLISHED = "published"


class FlowValidateStatus(TwilioEnum):
    """Values of ``flow_validate_status``; unknown values are kept, not rejected."""

    DRAFT = "draft"
    PUBLISHED = "published"
