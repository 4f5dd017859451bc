# Generated from specs/api_v2008.yaml, specs/api_v2010.yaml by `make codegen`; do not edit.
"""The api domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2008 import V2008
    from .v2010 import V2010
    from .v2010.accounts import AccountContext, AccountList
    from .v2010.accounts_addresses import AddressList
    from .v2010.accounts_applications import ApplicationList
    from .v2010.accounts_authorized_connect_apps import AuthorizedConnectAppList
    from .v2010.accounts_available_phone_numbers import AvailablePhoneNumberCountryList
    from .v2010.accounts_balance import BalanceList
    from .v2010.accounts_calls import CallList
    from .v2010.accounts_conferences import ConferenceList
    from .v2010.accounts_connect_apps import ConnectAppList
    from .v2010.accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from .v2010.accounts_keys import KeyList, KeyNewKeysList
    from .v2010.accounts_messages import MessageList
    from .v2010.accounts_notifications import NotificationInstanceList
    from .v2010.accounts_outgoing_caller_ids import (
        OutgoingCallerIdList,
        OutgoingCallerIdValidationRequestsList,
    )
    from .v2010.accounts_queues import QueueList
    from .v2010.accounts_recordings import RecordingList
    from .v2010.accounts_short_codes import ShortCodeList
    from .v2010.accounts_signing_keys import SigningKeyList, SigningKeyNewSigningKeysList
    from .v2010.accounts_sip import SipList
    from .v2010.accounts_tokens import TokenList
    from .v2010.accounts_transcriptions import TranscriptionList
    from .v2010.accounts_usage import UsageList


class Api(Domain):
    """The ``api.twilio.com`` domain."""

    @cached_property
    def v2008(self) -> V2008:
        """API version v2008."""
        from .v2008 import V2008

        return V2008(self._host)

    @cached_property
    def v2010(self) -> V2010:
        """API version v2010."""
        from .v2010 import V2010

        return V2010(self._host)

    @property
    def account(self) -> AccountContext:
        """``v2010.account`` (twilio-python's domain-level name)."""
        return self.v2010.account

    @property
    def accounts(self) -> AccountList:
        """``v2010.accounts`` (twilio-python's domain-level name)."""
        return self.v2010.accounts

    @property
    def addresses(self) -> AddressList:
        """``v2010.account.addresses`` (twilio-python's domain-level name)."""
        return self.v2010.account.addresses

    @property
    def applications(self) -> ApplicationList:
        """``v2010.account.applications`` (twilio-python's domain-level name)."""
        return self.v2010.account.applications

    @property
    def authorized_connect_apps(self) -> AuthorizedConnectAppList:
        """``v2010.account.authorized_connect_apps`` (twilio-python's domain-level name)."""
        return self.v2010.account.authorized_connect_apps

    @property
    def available_phone_numbers(self) -> AvailablePhoneNumberCountryList:
        """``v2010.account.available_phone_numbers`` (twilio-python's domain-level name)."""
        return self.v2010.account.available_phone_numbers

    @property
    def balance(self) -> BalanceList:
        """``v2010.account.balance`` (twilio-python's domain-level name)."""
        return self.v2010.account.balance

    @property
    def calls(self) -> CallList:
        """``v2010.account.calls`` (twilio-python's domain-level name)."""
        return self.v2010.account.calls

    @property
    def conferences(self) -> ConferenceList:
        """``v2010.account.conferences`` (twilio-python's domain-level name)."""
        return self.v2010.account.conferences

    @property
    def connect_apps(self) -> ConnectAppList:
        """``v2010.account.connect_apps`` (twilio-python's domain-level name)."""
        return self.v2010.account.connect_apps

    @property
    def incoming_phone_numbers(self) -> IncomingPhoneNumberList:
        """``v2010.account.incoming_phone_numbers`` (twilio-python's domain-level name)."""
        return self.v2010.account.incoming_phone_numbers

    @property
    def keys(self) -> KeyList:
        """``v2010.account.keys`` (twilio-python's domain-level name)."""
        return self.v2010.account.keys

    @property
    def messages(self) -> MessageList:
        """``v2010.account.messages`` (twilio-python's domain-level name)."""
        return self.v2010.account.messages

    @property
    def new_keys(self) -> KeyNewKeysList:
        """``v2010.account.new_keys`` (twilio-python's domain-level name)."""
        return self.v2010.account.new_keys

    @property
    def new_signing_keys(self) -> SigningKeyNewSigningKeysList:
        """``v2010.account.new_signing_keys`` (twilio-python's domain-level name)."""
        return self.v2010.account.new_signing_keys

    @property
    def notifications(self) -> NotificationInstanceList:
        """``v2010.account.notifications`` (twilio-python's domain-level name)."""
        return self.v2010.account.notifications

    @property
    def outgoing_caller_ids(self) -> OutgoingCallerIdList:
        """``v2010.account.outgoing_caller_ids`` (twilio-python's domain-level name)."""
        return self.v2010.account.outgoing_caller_ids

    @property
    def queues(self) -> QueueList:
        """``v2010.account.queues`` (twilio-python's domain-level name)."""
        return self.v2010.account.queues

    @property
    def recordings(self) -> RecordingList:
        """``v2010.account.recordings`` (twilio-python's domain-level name)."""
        return self.v2010.account.recordings

    @property
    def short_codes(self) -> ShortCodeList:
        """``v2010.account.short_codes`` (twilio-python's domain-level name)."""
        return self.v2010.account.short_codes

    @property
    def signing_keys(self) -> SigningKeyList:
        """``v2010.account.signing_keys`` (twilio-python's domain-level name)."""
        return self.v2010.account.signing_keys

    @property
    def sip(self) -> SipList:
        """``v2010.account.sip`` (twilio-python's domain-level name)."""
        return self.v2010.account.sip

    @property
    def tokens(self) -> TokenList:
        """``v2010.account.tokens`` (twilio-python's domain-level name)."""
        return self.v2010.account.tokens

    @property
    def transcriptions(self) -> TranscriptionList:
        """``v2010.account.transcriptions`` (twilio-python's domain-level name)."""
        return self.v2010.account.transcriptions

    @property
    def usage(self) -> UsageList:
        """``v2010.account.usage`` (twilio-python's domain-level name)."""
        return self.v2010.account.usage

    @property
    def validation_requests(self) -> OutgoingCallerIdValidationRequestsList:
        """``v2010.account.validation_requests`` (twilio-python's domain-level name)."""
        return self.v2010.account.validation_requests
