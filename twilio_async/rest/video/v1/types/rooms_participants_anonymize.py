# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipantAnonymize models (``rooms.participants.anonymize``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoomParticipantAnonymizeStatus

if TYPE_CHECKING:
    from ..rooms_participants_anonymize import RoomParticipantAnonymizeContext


class RoomParticipantAnonymize(InstanceModel["RoomParticipantAnonymizeContext"]):
    """A RoomParticipantAnonymize as returned by the API."""

    sid: str | None = None
    room_sid: str | None = None
    account_sid: str | None = None
    status: RoomParticipantAnonymizeStatus | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    duration: WireInt | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = RoomParticipantAnonymizeContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rooms_participants_anonymize import RoomParticipantAnonymizeContext  # noqa: F401
    else:
        update = FromContext()
