# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Participant models (``accounts.conferences.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_conferences_participants import ParticipantContext


class Participant(InstanceModel["ParticipantContext"]):
    """A Participant as returned by the API."""

    conference_sid: str | None = Field(default=None, alias="ConferenceSid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    call_sid: str = Field(alias="CallSid")
    muted: bool | None = Field(default=None, alias="Muted")
    start_conference_on_enter: bool | None = Field(default=None, alias="StartConferenceOnEnter")
    end_conference_on_exit: bool | None = Field(default=None, alias="EndConferenceOnExit")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")

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
