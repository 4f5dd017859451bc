# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallSegment models (``accounts.calls.segments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CallStatus

if TYPE_CHECKING:
    from ..accounts_calls_segments import CallSegmentContext


class CallSegment(InstanceModel["CallSegmentContext"]):
    """A CallSegment as returned by the API."""

    sid: str | None = Field(default=None, alias="Sid")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    call_segment_sid: str = Field(alias="CallSegmentSid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    called: str | None = Field(default=None, alias="Called")
    caller: str | None = Field(default=None, alias="Caller")
    phone_number_sid: str | None = Field(default=None, alias="PhoneNumberSid")
    status: CallStatus | None = Field(default=None, alias="Status")
    start_time: Rfc2822DateTime | None = Field(default=None, alias="StartTime")
    end_time: Rfc2822DateTime | None = Field(default=None, alias="EndTime")
    duration: WireInt | None = Field(default=None, alias="Duration")
    price: WireDecimal | None = Field(default=None, alias="Price")
    flags: WireInt | None = Field(default=None, alias="Flags")

    _key_field = "call_segment_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallSegmentContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls_segments import CallSegmentContext  # noqa: F401
    else:
        fetch = FromContext()
