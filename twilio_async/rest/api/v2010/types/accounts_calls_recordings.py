# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""CallRecording models (``accounts.calls.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CallRecordingSource, CallRecordingStatus

if TYPE_CHECKING:
    from ..accounts_calls_recordings import CallRecordingContext


class CallRecording(InstanceModel["CallRecordingContext"]):
    """A CallRecording as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    call_sid: str | None = None
    conference_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    start_time: Rfc2822DateTime | None = None
    duration: WireInt | None = None
    sid: str
    price: WireDecimal | None = None
    uri: str | None = None
    encryption_details: Any | None = None
    price_unit: str | None = None
    status: CallRecordingStatus | None = None
    channels: WireInt | None = None
    source: CallRecordingSource | None = None
    error_code: WireInt | None = None
    track: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallRecordingContext.fetch
        update: ClassVar = CallRecordingContext.update
        delete: ClassVar = CallRecordingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls_recordings import CallRecordingContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
