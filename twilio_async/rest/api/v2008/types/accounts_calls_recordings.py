# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallRecording models (``accounts.calls.recordings``)."""

from __future__ import annotations

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import TwilioModel


class CallRecording(TwilioModel):
    """A CallRecording as returned by the API."""

    sid: str | None = Field(default=None, alias="Sid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    call_sid: str | None = Field(default=None, alias="CallSid")
    duration: WireInt | None = Field(default=None, alias="Duration")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
