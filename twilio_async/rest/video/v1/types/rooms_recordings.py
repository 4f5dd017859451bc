# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomRecording models (``rooms.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomRecordingCodec, RoomRecordingFormat, RoomRecordingStatus, RoomRecordingType

if TYPE_CHECKING:
    from ..rooms_recordings import RoomRecordingContext


class RoomRecording(InstanceModel["RoomRecordingContext"]):
    """A RoomRecording as returned by the API."""

    account_sid: str | None = None
    status: RoomRecordingStatus | None = None
    date_created: IsoDateTime | None = None
    sid: str
    source_sid: str | None = None
    size: WireInt | None = None
    url: str | None = None
    type: RoomRecordingType | None = None
    duration: WireInt | None = None
    container_format: RoomRecordingFormat | None = None
    codec: RoomRecordingCodec | None = None
    grouping_sids: Any | None = None
    track_name: str | None = None
    offset: WireInt | None = None
    media_external_location: str | None = None
    room_sid: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RoomRecordingContext.fetch
        delete: ClassVar = RoomRecordingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_recordings import RoomRecordingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
