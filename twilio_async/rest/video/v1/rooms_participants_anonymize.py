# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RoomParticipantAnonymize resources (``rooms.participants.anonymize``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.rooms_participants_anonymize import RoomParticipantAnonymize

_TYPES = Models(__package__, ".types.rooms_participants_anonymize")
_MODEL = _TYPES("RoomParticipantAnonymize")
_INSTANCE_PATH = "/v1/Rooms/{0}/Participants/{1}/Anonymize"
_UPDATE: Operation[RoomParticipantAnonymize] = Operation(
    "anonymize.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)


class RoomParticipantAnonymizeContext(InstanceContext):
    """One RoomParticipantAnonymize: ``/v1/Rooms/{RoomSid}/Participants/{Sid}/Anonymize``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        Args,
        """Update this RoomParticipantAnonymize: ``POST /v1/Rooms/{RoomSid}/Participants/{Sid}/Anonymize``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantAnonymize

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update this RoomParticipantAnonymize: ``POST /v1/Rooms/{RoomSid}/Participants/{Sid}/Anonymize``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RoomParticipantAnonymize

    Twilio docs: https://www.twilio.com/docs/video
    """


class RoomParticipantAnonymizeList(SingletonList[RoomParticipantAnonymizeContext]):
    """RoomParticipantAnonymize collection."""

    __slots__ = ()
