# Generated from specs/content_v2.yaml by `make codegen`; do not edit.
"""Content models (``contents``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class Content(TwilioModel):
    """A Content as returned by the API."""

    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    language: str | None = None
    variables: Any | None = None
    types: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
