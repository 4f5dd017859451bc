# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Account models (``accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import AccountStatus, AccountType

if TYPE_CHECKING:
    from ..accounts import AccountContext


class Account(InstanceModel["AccountContext"]):
    """A Account as returned by the API."""

    auth_token: str | None = Field(default=None, repr=False)
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    owner_account_sid: str | None = None
    sid: str
    status: AccountStatus | None = None
    subresource_uris: dict[str, Any] | None = None
    type: AccountType | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
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
        new_keys: ClassVar = AccountContext.new_keys
        messages: ClassVar = AccountContext.messages
        notifications: ClassVar = AccountContext.notifications
        outgoing_caller_ids: ClassVar = AccountContext.outgoing_caller_ids
        validation_requests: ClassVar = AccountContext.validation_requests
        queues: ClassVar = AccountContext.queues
        recordings: ClassVar = AccountContext.recordings
        short_codes: ClassVar = AccountContext.short_codes
        signing_keys: ClassVar = AccountContext.signing_keys
        new_signing_keys: ClassVar = AccountContext.new_signing_keys
        sip: ClassVar = AccountContext.sip
        tokens: ClassVar = AccountContext.tokens
        transcriptions: ClassVar = AccountContext.transcriptions
        usage: ClassVar = AccountContext.usage

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts import AccountContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        addresses = FromContext()
        applications = FromContext()
        authorized_connect_apps = FromContext()
        available_phone_numbers = FromContext()
        balance = FromContext()
        calls = FromContext()
        conferences = FromContext()
        connect_apps = FromContext()
        incoming_phone_numbers = FromContext()
        keys = FromContext()
        new_keys = FromContext()
        messages = FromContext()
        notifications = FromContext()
        outgoing_caller_ids = FromContext()
        validation_requests = FromContext()
        queues = FromContext()
        recordings = FromContext()
        short_codes = FromContext()
        signing_keys = FromContext()
        new_signing_keys = FromContext()
        sip = FromContext()
        tokens = FromContext()
        transcriptions = FromContext()
        usage = FromContext()
