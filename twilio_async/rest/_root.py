# Generated from specs/ by `make codegen`; do not edit.
"""Client mixin: domains and account shortcuts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._resource import Shortcut

if TYPE_CHECKING:
    from twilio_async._domains import VersionHost

    from .accounts import Accounts
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
    from .assistants import Assistants
    from .bulkexports import Bulkexports
    from .chat import Chat
    from .content import Content
    from .conversations import Conversations
    from .events import Events
    from .flex_api import FlexApi
    from .frontline_api import FrontlineApi
    from .iam import Iam
    from .insights import Insights
    from .intelligence import Intelligence
    from .ip_messaging import IpMessaging
    from .knowledge import Knowledge
    from .lookups import Lookups
    from .marketplace import Marketplace
    from .messaging import Messaging
    from .monitor import Monitor
    from .notify import Notify
    from .numbers import Numbers
    from .oauth import Oauth
    from .preview import Preview
    from .preview_iam import PreviewIam
    from .pricing import Pricing
    from .proxy import Proxy
    from .routes import Routes
    from .serverless import Serverless
    from .studio import Studio
    from .supersim import Supersim
    from .sync import Sync
    from .taskrouter import Taskrouter
    from .trunking import Trunking
    from .trusthub import Trusthub
    from .verify import Verify
    from .video import Video
    from .voice import Voice
    from .wireless import Wireless


class RootResources:
    """Domains and account shortcuts of ``Client`` (``client.api``, ``client.messages``…).

    ``Client`` holds one, built on first use, and forwards these attributes to it.
    """

    def __init__(self, host: VersionHost):
        self._host = host

    @cached_property
    def accounts(self) -> Accounts:
        """The ``accounts.twilio.com`` domain."""
        from .accounts import Accounts

        return Accounts(self._host)

    @cached_property
    def api(self) -> Api:
        """The ``api.twilio.com`` domain."""
        from .api import Api

        return Api(self._host)

    @cached_property
    def assistants(self) -> Assistants:
        """The ``assistants.twilio.com`` domain."""
        from .assistants import Assistants

        return Assistants(self._host)

    @cached_property
    def bulkexports(self) -> Bulkexports:
        """The ``bulkexports.twilio.com`` domain."""
        from .bulkexports import Bulkexports

        return Bulkexports(self._host)

    @cached_property
    def chat(self) -> Chat:
        """The ``chat.twilio.com`` domain."""
        from .chat import Chat

        return Chat(self._host)

    @cached_property
    def content(self) -> Content:
        """The ``content.twilio.com`` domain."""
        from .content import Content

        return Content(self._host)

    @cached_property
    def conversations(self) -> Conversations:
        """The ``conversations.twilio.com`` domain."""
        from .conversations import Conversations

        return Conversations(self._host)

    @cached_property
    def events(self) -> Events:
        """The ``events.twilio.com`` domain."""
        from .events import Events

        return Events(self._host)

    @cached_property
    def flex_api(self) -> FlexApi:
        """The ``flex-api.twilio.com`` domain."""
        from .flex_api import FlexApi

        return FlexApi(self._host)

    @cached_property
    def frontline_api(self) -> FrontlineApi:
        """The ``frontline-api.twilio.com`` domain."""
        from .frontline_api import FrontlineApi

        return FrontlineApi(self._host)

    @cached_property
    def iam(self) -> Iam:
        """The ``iam.twilio.com`` domain."""
        from .iam import Iam

        return Iam(self._host)

    @cached_property
    def insights(self) -> Insights:
        """The ``insights.twilio.com`` domain."""
        from .insights import Insights

        return Insights(self._host)

    @cached_property
    def intelligence(self) -> Intelligence:
        """The ``intelligence.twilio.com`` domain."""
        from .intelligence import Intelligence

        return Intelligence(self._host)

    @cached_property
    def ip_messaging(self) -> IpMessaging:
        """The ``ip-messaging.twilio.com`` domain."""
        from .ip_messaging import IpMessaging

        return IpMessaging(self._host)

    @cached_property
    def knowledge(self) -> Knowledge:
        """The ``knowledge.twilio.com`` domain."""
        from .knowledge import Knowledge

        return Knowledge(self._host)

    @cached_property
    def lookups(self) -> Lookups:
        """The ``lookups.twilio.com`` domain."""
        from .lookups import Lookups

        return Lookups(self._host)

    @cached_property
    def marketplace(self) -> Marketplace:
        """The ``marketplace.twilio.com`` domain."""
        from .marketplace import Marketplace

        return Marketplace(self._host)

    @cached_property
    def messaging(self) -> Messaging:
        """The ``messaging.twilio.com`` domain."""
        from .messaging import Messaging

        return Messaging(self._host)

    @cached_property
    def monitor(self) -> Monitor:
        """The ``monitor.twilio.com`` domain."""
        from .monitor import Monitor

        return Monitor(self._host)

    @cached_property
    def notify(self) -> Notify:
        """The ``notify.twilio.com`` domain."""
        from .notify import Notify

        return Notify(self._host)

    @cached_property
    def numbers(self) -> Numbers:
        """The ``numbers.twilio.com`` domain."""
        from .numbers import Numbers

        return Numbers(self._host)

    @cached_property
    def oauth(self) -> Oauth:
        """The ``oauth.twilio.com`` domain."""
        from .oauth import Oauth

        return Oauth(self._host)

    @cached_property
    def preview(self) -> Preview:
        """The ``preview.twilio.com`` domain."""
        from .preview import Preview

        return Preview(self._host)

    @cached_property
    def preview_iam(self) -> PreviewIam:
        """The ``preview-iam.twilio.com`` domain."""
        from .preview_iam import PreviewIam

        return PreviewIam(self._host)

    @cached_property
    def pricing(self) -> Pricing:
        """The ``pricing.twilio.com`` domain."""
        from .pricing import Pricing

        return Pricing(self._host)

    @cached_property
    def proxy(self) -> Proxy:
        """The ``proxy.twilio.com`` domain."""
        from .proxy import Proxy

        return Proxy(self._host)

    @cached_property
    def routes(self) -> Routes:
        """The ``routes.twilio.com`` domain."""
        from .routes import Routes

        return Routes(self._host)

    @cached_property
    def serverless(self) -> Serverless:
        """The ``serverless.twilio.com`` domain."""
        from .serverless import Serverless

        return Serverless(self._host)

    @cached_property
    def studio(self) -> Studio:
        """The ``studio.twilio.com`` domain."""
        from .studio import Studio

        return Studio(self._host)

    @cached_property
    def supersim(self) -> Supersim:
        """The ``supersim.twilio.com`` domain."""
        from .supersim import Supersim

        return Supersim(self._host)

    @cached_property
    def sync(self) -> Sync:
        """The ``sync.twilio.com`` domain."""
        from .sync import Sync

        return Sync(self._host)

    @cached_property
    def taskrouter(self) -> Taskrouter:
        """The ``taskrouter.twilio.com`` domain."""
        from .taskrouter import Taskrouter

        return Taskrouter(self._host)

    @cached_property
    def trunking(self) -> Trunking:
        """The ``trunking.twilio.com`` domain."""
        from .trunking import Trunking

        return Trunking(self._host)

    @cached_property
    def trusthub(self) -> Trusthub:
        """The ``trusthub.twilio.com`` domain."""
        from .trusthub import Trusthub

        return Trusthub(self._host)

    @cached_property
    def verify(self) -> Verify:
        """The ``verify.twilio.com`` domain."""
        from .verify import Verify

        return Verify(self._host)

    @cached_property
    def video(self) -> Video:
        """The ``video.twilio.com`` domain."""
        from .video import Video

        return Video(self._host)

    @cached_property
    def voice(self) -> Voice:
        """The ``voice.twilio.com`` domain."""
        from .voice import Voice

        return Voice(self._host)

    @cached_property
    def wireless(self) -> Wireless:
        """The ``wireless.twilio.com`` domain."""
        from .wireless import Wireless

        return Wireless(self._host)

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
