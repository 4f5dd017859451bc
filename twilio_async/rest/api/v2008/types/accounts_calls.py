# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Call models (``accounts.calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CallStatus

if TYPE_CHECKING:
    from ..accounts_calls import CallContext


class Call(InstanceModel["CallContext"]):
    """A Call as returned by the API."""

    sid: str = Field(alias="Sid")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    call_segment_sid: str | None = Field(default=None, alias="CallSegmentSid")
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

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallContext.fetch
        update: ClassVar = CallContext.update
        notifications: ClassVar = CallContext.notifications
        recordings: ClassVar = CallContext.recordings
        segments: ClassVar = CallContext.segments

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls import CallContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        notifications = FromContext()
        recordings = FromContext()
        segments = FromContext()
