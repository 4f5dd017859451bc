# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Conference models (``accounts.conferences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ConferenceStatus

if TYPE_CHECKING:
    from ..accounts_conferences import ConferenceContext


class Conference(InstanceModel["ConferenceContext"]):
    """A Conference as returned by the API."""

    sid: str = Field(alias="Sid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    status: ConferenceStatus | None = Field(default=None, alias="Status")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConferenceContext.fetch
        participants: ClassVar = ConferenceContext.participants

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_conferences import ConferenceContext  # noqa: F401
    else:
        fetch = FromContext()
        participants = FromContext()
