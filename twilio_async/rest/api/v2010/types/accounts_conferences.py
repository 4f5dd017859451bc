# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Conference models (``accounts.conferences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ConferenceReasonConferenceEnded, ConferenceStatus

if TYPE_CHECKING:
    from ..accounts_conferences import ConferenceContext


class Conference(InstanceModel["ConferenceContext"]):
    """A Conference as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    api_version: str | None = None
    friendly_name: str | None = None
    region: str | None = None
    sid: str
    status: ConferenceStatus | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None
    reason_conference_ended: ConferenceReasonConferenceEnded | None = None
    call_sid_ending_conference: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConferenceContext.fetch
        update: ClassVar = ConferenceContext.update
        participants: ClassVar = ConferenceContext.participants
        recordings: ClassVar = ConferenceContext.recordings

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_conferences import ConferenceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        participants = FromContext()
        recordings = FromContext()
