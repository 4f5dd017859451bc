# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ContentAndApprovals models (``content_and_approvals``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class ContentAndApprovals(TwilioModel):
    """A ContentAndApprovals as returned by the API."""

    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    language: str | None = None
    variables: Any | None = None
    types: Any | None = None
    approval_requests: Any | None = None
