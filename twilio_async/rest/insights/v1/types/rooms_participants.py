# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""VideoParticipantSummary models (``rooms.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    VideoParticipantSummaryCodec,
    VideoParticipantSummaryEdgeLocation,
    VideoParticipantSummaryRoomStatus,
    VideoParticipantSummaryTwilioRealm,
)

if TYPE_CHECKING:
    from ..rooms_participants import VideoParticipantSummaryContext


class VideoParticipantSummary(InstanceModel["VideoParticipantSummaryContext"]):
    """A VideoParticipantSummary as returned by the API."""

    participant_sid: str | None = None
    participant_identity: str | None = None
    join_time: IsoDateTime | None = None
    leave_time: IsoDateTime | None = None
    duration_sec: int | None = None
    account_sid: str | None = None
    room_sid: str | None = None
    status: VideoParticipantSummaryRoomStatus | None = None
    codecs: list[VideoParticipantSummaryCodec] | None = None
    end_reason: str | None = None
    error_code: int | None = None
    error_code_url: str | None = None
    media_region: VideoParticipantSummaryTwilioRealm | None = None
    properties: Any | None = None
    edge_location: VideoParticipantSummaryEdgeLocation | None = None
    publisher_info: Any | None = None
    url: str | None = None

    _key_field = "participant_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VideoParticipantSummaryContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_participants import VideoParticipantSummaryContext  # noqa: F401
    else:
        fetch = FromContext()
