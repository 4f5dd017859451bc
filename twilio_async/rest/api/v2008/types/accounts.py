# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Account models (``accounts``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel

from ..accounts import AccountContext
from ..enums import AccountStatus


class Account(InstanceModel[AccountContext]):
    """A Account as returned by the API."""

    sid: str | None = Field(default=None, alias="Sid")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    status: AccountStatus | None = Field(default=None, alias="Status")
    status_text: str | None = Field(default=None, alias="StatusText")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    auth_token: str | None = Field(default=None, alias="AuthToken", repr=False)

    _key_field = "sid"
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
