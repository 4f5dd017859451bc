# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""ConferenceParticipant models (``conferences.conference_participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    ConferenceParticipantCallDirection,
    ConferenceParticipantCallStatus,
    ConferenceParticipantCallType,
    ConferenceParticipantJitterBufferSize,
    ConferenceParticipantProcessingState,
    ConferenceParticipantRegion,
)

if TYPE_CHECKING:
    from ..conferences_conference_participants import ConferenceParticipantContext


class ConferenceParticipant(InstanceModel["ConferenceParticipantContext"]):
    """A ConferenceParticipant as returned by the API."""

    participant_sid: str | None = None
    label: str | None = None
    conference_sid: str | None = None
    call_sid: str | None = None
    account_sid: str | None = None
    call_direction: ConferenceParticipantCallDirection | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    call_status: ConferenceParticipantCallStatus | None = None
    country_code: str | None = None
    is_moderator: bool | None = None
    join_time: IsoDateTime | None = None
    leave_time: IsoDateTime | None = None
    duration_seconds: int | None = None
    outbound_queue_length: int | None = None
    outbound_time_in_queue: int | None = None
    jitter_buffer_size: ConferenceParticipantJitterBufferSize | None = None
    is_coach: bool | None = None
    coached_participants: list[str] | None = None
    participant_region: ConferenceParticipantRegion | None = None
    conference_region: ConferenceParticipantRegion | None = None
    call_type: ConferenceParticipantCallType | None = None
    processing_state: ConferenceParticipantProcessingState | None = None
    properties: Any | None = None
    events: Any | None = None
    metrics: Any | None = None
    url: str | None = None

    _key_field = "participant_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConferenceParticipantContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..conferences_conference_participants import ConferenceParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
