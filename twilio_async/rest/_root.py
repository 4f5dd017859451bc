# Generated from specs/ by `make codegen`; do not edit.
"""Client mixin: domains and account shortcuts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._resource import Shortcut

if TYPE_CHECKING:
    from twilio_async._domains import VersionHost

    from .api import Api
    from .api.v2010.accounts import AccountContext
    from .api.v2010.accounts_addresses import AddressList
    from .api.v2010.accounts_applications import ApplicationList
    from .api.v2010.accounts_authorized_connect_apps import AuthorizedConnectAppList
    from .api.v2010.accounts_available_phone_numbers import AvailablePhoneNumberCountryList
    from .api.v2010.accounts_balance import BalanceList
    from .api.v2010.accounts_calls import CallList
    from .api.v2010.accounts_conferences import ConferenceList
    from .api.v2010.accounts_connect_apps import ConnectAppList
    from .api.v2010.accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from .api.v2010.accounts_keys import KeyList, KeyNewKeysList
    from .api.v2010.accounts_messages import MessageList
    from .api.v2010.accounts_notifications import NotificationInstanceList
    from .api.v2010.accounts_outgoing_caller_ids import (
        OutgoingCallerIdList,
        OutgoingCallerIdValidationRequestsList,
    )
    from .api.v2010.accounts_queues import QueueList
    from .api.v2010.accounts_recordings import RecordingList
    from .api.v2010.accounts_short_codes import ShortCodeList
    from .api.v2010.accounts_signing_keys import SigningKeyList, SigningKeyNewSigningKeysList
    from .api.v2010.accounts_sip import SipList
    from .api.v2010.accounts_tokens import TokenList
    from .api.v2010.accounts_transcriptions import TranscriptionList
    from .api.v2010.accounts_usage import UsageList
    from .flex_api import FlexApi


class RootResources:
    """Domains and account shortcuts of ``Client`` (``client.api``, ``client.messages``…).

    ``Client`` holds one, built on first use, and forwards these attributes to it.
    """

    def __init__(self, host: VersionHost):
        self._host = host

    @cached_property
    def api(self) -> Api:
        """The ``api.twilio.com`` domain."""
        from .api import Api

        return Api(self._host)

    @cached_property
    def flex_api(self) -> FlexApi:
        """The ``flex-api.twilio.com`` domain."""
        from .flex_api import FlexApi

        return FlexApi(self._host)

    @property
    def account(self) -> AccountContext:
        """The client's own account."""
        return self.api.v2010.account

    # ``client.<name>``: the same-named collection of the client's own account.
    addresses: Shortcut[AddressList] = Shortcut()
    applications: Shortcut[ApplicationList] = Shortcut()
    authorized_connect_apps: Shortcut[AuthorizedConnectAppList] = Shortcut()
    available_phone_numbers: Shortcut[AvailablePhoneNumberCountryList] = Shortcut()
    balance: Shortcut[BalanceList] = Shortcut()
    calls: Shortcut[CallList] = Shortcut()
    conferences: Shortcut[ConferenceList] = Shortcut()
    connect_apps: Shortcut[ConnectAppList] = Shortcut()
    incoming_phone_numbers: Shortcut[IncomingPhoneNumberList] = Shortcut()
    keys: Shortcut[KeyList] = Shortcut()
    new_keys: Shortcut[KeyNewKeysList] = Shortcut()
    messages: Shortcut[MessageList] = Shortcut()
    notifications: Shortcut[NotificationInstanceList] = Shortcut()
    outgoing_caller_ids: Shortcut[OutgoingCallerIdList] = Shortcut()
    validation_requests: Shortcut[OutgoingCallerIdValidationRequestsList] = Shortcut()
    queues: Shortcut[QueueList] = Shortcut()
    recordings: Shortcut[RecordingList] = Shortcut()
    short_codes: Shortcut[ShortCodeList] = Shortcut()
    signing_keys: Shortcut[SigningKeyList] = Shortcut()
    new_signing_keys: Shortcut[SigningKeyNewSigningKeysList] = Shortcut()
    sip: Shortcut[SipList] = Shortcut()
    tokens: Shortcut[TokenList] = Shortcut()
    transcriptions: Shortcut[TranscriptionList] = Shortcut()
    usage: Shortcut[UsageList] = Shortcut()
