# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""ComplianceTollfreeInquiries models (``compliance_tollfree_inquiries``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class ComplianceTollfreeInquiries(TwilioModel):
    """A ComplianceTollfreeInquiries as returned by the API."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = None
    registration_id: str | None = None
    url: str | None = None
