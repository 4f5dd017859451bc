# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""LegacyContent models (``legacy_contents``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class LegacyContent(TwilioModel):
    """A LegacyContent as returned by the API."""

    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    language: str | None = None
    variables: Any | None = None
    types: Any | None = None
    legacy_template_name: str | None = None
    legacy_body: str | None = None
    url: str | None = None
