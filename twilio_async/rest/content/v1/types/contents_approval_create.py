# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ApprovalCreate models (``contents.approval_create``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class ApprovalCreate(TwilioModel):
    """A ApprovalCreate as returned by the API."""

    name: str | None = None
    category: str | None = None
    content_type: str | None = None
    status: str | None = None
    rejection_reason: str | None = None
    allow_category_change: bool | None = None
