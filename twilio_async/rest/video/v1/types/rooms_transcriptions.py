# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Transcriptions models (``rooms.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomTranscriptionsStatus

if TYPE_CHECKING:
    from ..rooms_transcriptions import TranscriptionsContext


class Transcriptions(InstanceModel["TranscriptionsContext"]):
    """A Transcriptions as returned by the API."""

    ttid: str
    account_sid: str | None = None
    room_sid: str | None = None
    source_sid: str | None = None
    status: RoomTranscriptionsStatus | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    duration: WireInt | None = None
    url: str | None = None
    configuration: Any | None = None

    _key_field = "ttid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TranscriptionsContext.fetch
        update: ClassVar = TranscriptionsContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_transcriptions import TranscriptionsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
