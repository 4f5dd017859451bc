# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Token models (``accounts.tokens``)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import TwilioModel


class Token(TwilioModel):
    """A Token as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    ice_servers: list[Any] | None = None
    password: str | None = Field(default=None, repr=False)
    ttl: str | None = None
    username: str | None = None
