# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Conference models (``conferences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import (
    ConferenceConferenceEndReason,
    ConferenceConferenceStatus,
    ConferenceProcessingState,
    ConferenceRegion,
    ConferenceTag,
)

if TYPE_CHECKING:
    from ..conferences import ConferenceContext


class Conference(InstanceModel["ConferenceContext"]):
    """A Conference as returned by the API."""

    conference_sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    create_time: IsoDateTime | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    duration_seconds: int | None = None
    connect_duration_seconds: int | None = None
    status: ConferenceConferenceStatus | None = None
    max_participants: int | None = None
    max_concurrent_participants: int | None = None
    unique_participants: int | None = None
    end_reason: ConferenceConferenceEndReason | None = None
    ended_by: str | None = None
    mixer_region: ConferenceRegion | None = None
    mixer_region_requested: ConferenceRegion | None = None
    recording_enabled: bool | None = None
    detected_issues: Any | None = None
    tags: list[ConferenceTag] | None = None
    tag_info: Any | None = None
    processing_state: ConferenceProcessingState | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "conference_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConferenceContext.fetch
        conference_participants: ClassVar = ConferenceContext.conference_participants

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..conferences import ConferenceContext  # noqa: F401
    else:
        fetch = FromContext()
        conference_participants = FromContext()
