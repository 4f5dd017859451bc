# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""VideoRoomSummary models (``rooms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    VideoRoomSummaryCodec,
    VideoRoomSummaryCreatedMethod,
    VideoRoomSummaryEdgeLocation,
    VideoRoomSummaryEndReason,
    VideoRoomSummaryProcessingState,
    VideoRoomSummaryRoomStatus,
    VideoRoomSummaryRoomType,
    VideoRoomSummaryTwilioRealm,
)

if TYPE_CHECKING:
    from ..rooms import VideoRoomSummaryContext


class VideoRoomSummary(InstanceModel["VideoRoomSummaryContext"]):
    """A VideoRoomSummary as returned by the API."""

    account_sid: str | None = None
    room_sid: str | None = None
    room_name: str | None = None
    create_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    room_type: VideoRoomSummaryRoomType | None = None
    room_status: VideoRoomSummaryRoomStatus | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    created_method: VideoRoomSummaryCreatedMethod | None = None
    end_reason: VideoRoomSummaryEndReason | None = None
    max_participants: int | None = None
    unique_participants: int | None = None
    unique_participant_identities: int | None = None
    concurrent_participants: int | None = None
    max_concurrent_participants: int | None = None
    codecs: list[VideoRoomSummaryCodec] | None = None
    media_region: VideoRoomSummaryTwilioRealm | None = None
    duration_sec: int | None = None
    total_participant_duration_sec: int | None = None
    total_recording_duration_sec: int | None = None
    processing_state: VideoRoomSummaryProcessingState | None = None
    recording_enabled: bool | None = None
    edge_location: VideoRoomSummaryEdgeLocation | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "room_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VideoRoomSummaryContext.fetch
        participants: ClassVar = VideoRoomSummaryContext.participants

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms import VideoRoomSummaryContext  # noqa: F401
    else:
        fetch = FromContext()
        participants = FromContext()
