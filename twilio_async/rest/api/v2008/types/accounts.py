# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Account models (``accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import AccountStatus

if TYPE_CHECKING:
    from ..accounts import AccountContext


class Account(InstanceModel["AccountContext"]):
    """A Account as returned by the API."""

    sid: str = Field(alias="Sid")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    status: AccountStatus | None = Field(default=None, alias="Status")
    status_text: str | None = Field(default=None, alias="StatusText")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    auth_token: str | None = Field(default=None, alias="AuthToken", repr=False)

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AccountContext.fetch
        update: ClassVar = AccountContext.update
        calls: ClassVar = AccountContext.calls
        conferences: ClassVar = AccountContext.conferences
        incoming_phone_numbers: ClassVar = AccountContext.incoming_phone_numbers
        notifications: ClassVar = AccountContext.notifications
        outgoing_caller_ids: ClassVar = AccountContext.outgoing_caller_ids
        recordings: ClassVar = AccountContext.recordings
        sms: ClassVar = AccountContext.sms
        transcriptions: ClassVar = AccountContext.transcriptions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts import AccountContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        calls = FromContext()
        conferences = FromContext()
        incoming_phone_numbers = FromContext()
        notifications = FromContext()
        outgoing_caller_ids = FromContext()
        recordings = FromContext()
        sms = FromContext()
        transcriptions = FromContext()
