# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Account models (``accounts``)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel

from ..accounts import AccountContext
from ..enums import AccountStatus, AccountType


class Account(InstanceModel[AccountContext]):
    """A Account as returned by the API."""

    auth_token: str | None = Field(default=None, repr=False)
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    owner_account_sid: str | None = None
    sid: str | None = None
    status: AccountStatus | None = None
    subresource_uris: dict[str, Any] | None = None
    type: AccountType | None = None
    uri: str | None = None

    _key_field = "sid"
    fetch: ClassVar = AccountContext.fetch
    update: ClassVar = AccountContext.update
    addresses: ClassVar = AccountContext.addresses
    applications: ClassVar = AccountContext.applications
    authorized_connect_apps: ClassVar = AccountContext.authorized_connect_apps
    available_phone_numbers: ClassVar = AccountContext.available_phone_numbers
    balance: ClassVar = AccountContext.balance
    calls: ClassVar = AccountContext.calls
    conferences: ClassVar = AccountContext.conferences
    connect_apps: ClassVar = AccountContext.connect_apps
    incoming_phone_numbers: ClassVar = AccountContext.incoming_phone_numbers
    keys: ClassVar = AccountContext.keys
    messages: ClassVar = AccountContext.messages
    notifications: ClassVar = AccountContext.notifications
    outgoing_caller_ids: ClassVar = AccountContext.outgoing_caller_ids
    queues: ClassVar = AccountContext.queues
    recordings: ClassVar = AccountContext.recordings
    short_codes: ClassVar = AccountContext.short_codes
    signing_keys: ClassVar = AccountContext.signing_keys
    sip: ClassVar = AccountContext.sip
    tokens: ClassVar = AccountContext.tokens
    transcriptions: ClassVar = AccountContext.transcriptions
    usage: ClassVar = AccountContext.usage
