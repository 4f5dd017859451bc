# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Room models (``rooms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomRoomStatus, RoomRoomType, RoomVideoCodec

if TYPE_CHECKING:
    from ..rooms import RoomContext


class Room(InstanceModel["RoomContext"]):
    """A Room as returned by the API."""

    sid: str
    status: RoomRoomStatus | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    account_sid: str | None = None
    enable_turn: bool | None = None
    unique_name: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    end_time: IsoDateTime | None = None
    duration: WireInt | None = None
    type: RoomRoomType | None = None
    max_participants: WireInt | None = None
    max_participant_duration: WireInt | None = None
    max_concurrent_published_tracks: WireInt | None = None
    record_participants_on_connect: bool | None = None
    video_codecs: list[RoomVideoCodec] | None = None
    media_region: str | None = None
    audio_only: bool | None = None
    empty_room_timeout: WireInt | None = None
    unused_room_timeout: WireInt | None = None
    large_room: bool | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RoomContext.fetch
        update: ClassVar = RoomContext.update
        participants: ClassVar = RoomContext.participants
        recording_rules: ClassVar = RoomContext.recording_rules
        recordings: ClassVar = RoomContext.recordings
        transcriptions: ClassVar = RoomContext.transcriptions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms import RoomContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        participants = FromContext()
        recording_rules = FromContext()
        recordings = FromContext()
        transcriptions = FromContext()
