# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ConferenceRecording models (``accounts.conferences.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ConferenceRecordingSource, ConferenceRecordingStatus

if TYPE_CHECKING:
    from ..accounts_conferences_recordings import ConferenceRecordingContext


class ConferenceRecording(InstanceModel["ConferenceRecordingContext"]):
    """A ConferenceRecording as returned by the API."""

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
    price_unit: str | None = None
    status: ConferenceRecordingStatus | None = None
    channels: WireInt | None = None
    source: ConferenceRecordingSource | None = None
    error_code: WireInt | None = None
    encryption_details: Any | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConferenceRecordingContext.fetch
        update: ClassVar = ConferenceRecordingContext.update
        delete: ClassVar = ConferenceRecordingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_conferences_recordings import ConferenceRecordingContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
