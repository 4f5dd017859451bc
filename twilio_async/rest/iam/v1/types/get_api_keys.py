# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""GetApiKeys models (``get_api_keys``)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import TwilioModel


class GetApiKeys(TwilioModel):
    """A GetApiKeys as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    flags: list[str] | None = None


class NewKey(TwilioModel):
    """A NewKey as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    secret: str | None = Field(default=None, repr=False)
    policy: Any | None = None
