# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipant models (``rooms.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomParticipantStatus

if TYPE_CHECKING:
    from ..rooms_participants import RoomParticipantContext


class RoomParticipant(InstanceModel["RoomParticipantContext"]):
    """A RoomParticipant as returned by the API."""

    sid: str
    room_sid: str | None = None
    account_sid: str | None = None
    status: RoomParticipantStatus | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    duration: WireInt | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RoomParticipantContext.fetch
        update: ClassVar = RoomParticipantContext.update
        anonymize: ClassVar = RoomParticipantContext.anonymize
        published_tracks: ClassVar = RoomParticipantContext.published_tracks
        subscribe_rules: ClassVar = RoomParticipantContext.subscribe_rules
        subscribed_tracks: ClassVar = RoomParticipantContext.subscribed_tracks

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_participants import RoomParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        anonymize = FromContext()
        published_tracks = FromContext()
        subscribe_rules = FromContext()
        subscribed_tracks = FromContext()
