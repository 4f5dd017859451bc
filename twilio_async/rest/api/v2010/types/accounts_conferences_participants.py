# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Participant models (``accounts.conferences.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ParticipantStatus

if TYPE_CHECKING:
    from ..accounts_conferences_participants import ParticipantContext


class Participant(InstanceModel["ParticipantContext"]):
    """A Participant as returned by the API."""

    account_sid: str | None = None
    call_sid: str
    label: str | None = None
    call_sid_to_coach: str | None = None
    coaching: bool | None = None
    conference_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    end_conference_on_exit: bool | None = None
    muted: bool | None = None
    hold: bool | None = None
    start_conference_on_enter: bool | None = None
    status: ParticipantStatus | None = None
    queue_time: WireInt | None = None
    uri: str | None = None

    _key_field = "call_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ParticipantContext.fetch
        update: ClassVar = ParticipantContext.update
        delete: ClassVar = ParticipantContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_conferences_participants import ParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
