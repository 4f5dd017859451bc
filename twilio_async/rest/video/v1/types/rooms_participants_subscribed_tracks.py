# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipantSubscribedTrack models (``rooms.participants.subscribed_tracks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomParticipantSubscribedTrackKind

if TYPE_CHECKING:
    from ..rooms_participants_subscribed_tracks import RoomParticipantSubscribedTrackContext


class RoomParticipantSubscribedTrack(InstanceModel["RoomParticipantSubscribedTrackContext"]):
    """A RoomParticipantSubscribedTrack as returned by the API."""

    sid: str
    participant_sid: str | None = None
    publisher_sid: str | None = None
    room_sid: str | None = None
    name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    enabled: bool | None = None
    kind: RoomParticipantSubscribedTrackKind | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RoomParticipantSubscribedTrackContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_participants_subscribed_tracks import RoomParticipantSubscribedTrackContext  # noqa: F401
    else:
        fetch = FromContext()
