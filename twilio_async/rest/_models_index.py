# Generated from specs/ by `make codegen`; do not edit.
"""The index of ``twilio_async.types``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api.v2008.types import AccountTranscription as AccountTranscription
    from .api.v2008.types import CallNotification as CallNotification
    from .api.v2008.types import CallSegment as CallSegment
    from .api.v2008.types import LocalIncomingPhoneNumber as LocalIncomingPhoneNumber
    from .api.v2008.types import Notification as Notification
    from .api.v2008.types import Sms as Sms
    from .api.v2008.types import SmsMessage as SmsMessage
    from .api.v2008.types import TollFreeIncomingPhoneNumber as TollFreeIncomingPhoneNumber
    from .api.v2010.types import Account as Account
    from .api.v2010.types import Address as Address
    from .api.v2010.types import Application as Application
    from .api.v2010.types import AssignedAddOnExtension as AssignedAddOnExtension
    from .api.v2010.types import AuthCallsCredentialListMapping as AuthCallsCredentialListMapping
    from .api.v2010.types import (
        AuthCallsIpAccessControlListMapping as AuthCallsIpAccessControlListMapping,
    )
    from .api.v2010.types import AuthorizedConnectApp as AuthorizedConnectApp
    from .api.v2010.types import (
        AuthRegistrationsCredentialListMapping as AuthRegistrationsCredentialListMapping,
    )
    from .api.v2010.types import AuthTypeCalls as AuthTypeCalls
    from .api.v2010.types import AuthTypeRegistrations as AuthTypeRegistrations
    from .api.v2010.types import AuthTypes as AuthTypes
    from .api.v2010.types import AvailablePhoneNumberCountry as AvailablePhoneNumberCountry
    from .api.v2010.types import AvailablePhoneNumberLocal as AvailablePhoneNumberLocal
    from .api.v2010.types import (
        AvailablePhoneNumberMachineToMachine as AvailablePhoneNumberMachineToMachine,
    )
    from .api.v2010.types import AvailablePhoneNumberMobile as AvailablePhoneNumberMobile
    from .api.v2010.types import AvailablePhoneNumberNational as AvailablePhoneNumberNational
    from .api.v2010.types import AvailablePhoneNumberSharedCost as AvailablePhoneNumberSharedCost
    from .api.v2010.types import AvailablePhoneNumberTollFree as AvailablePhoneNumberTollFree
    from .api.v2010.types import AvailablePhoneNumberVoip as AvailablePhoneNumberVoip
    from .api.v2010.types import Balance as Balance
    from .api.v2010.types import Call as Call
    from .api.v2010.types import CallEvent as CallEvent
    from .api.v2010.types import CallNotificationInstance as CallNotificationInstance
    from .api.v2010.types import CallRecording as CallRecording
    from .api.v2010.types import Conference as Conference
    from .api.v2010.types import ConferenceRecording as ConferenceRecording
    from .api.v2010.types import ConnectApp as ConnectApp
    from .api.v2010.types import DependentPhoneNumber as DependentPhoneNumber
    from .api.v2010.types import IncomingPhoneNumber as IncomingPhoneNumber
    from .api.v2010.types import (
        IncomingPhoneNumberAssignedAddOn as IncomingPhoneNumberAssignedAddOn,
    )
    from .api.v2010.types import IncomingPhoneNumberLocal as IncomingPhoneNumberLocal
    from .api.v2010.types import IncomingPhoneNumberMobile as IncomingPhoneNumberMobile
    from .api.v2010.types import IncomingPhoneNumberTollFree as IncomingPhoneNumberTollFree
    from .api.v2010.types import Key as Key
    from .api.v2010.types import Media as Media
    from .api.v2010.types import Member as Member
    from .api.v2010.types import Message as Message
    from .api.v2010.types import MessageFeedback as MessageFeedback
    from .api.v2010.types import NewKey as NewKey
    from .api.v2010.types import NewSigningKey as NewSigningKey
    from .api.v2010.types import NotificationInstance as NotificationInstance
    from .api.v2010.types import OutgoingCallerId as OutgoingCallerId
    from .api.v2010.types import Participant as Participant
    from .api.v2010.types import Payments as Payments
    from .api.v2010.types import Queue as Queue
    from .api.v2010.types import RealtimeTranscription as RealtimeTranscription
    from .api.v2010.types import Recording as Recording
    from .api.v2010.types import RecordingAddOnResult as RecordingAddOnResult
    from .api.v2010.types import RecordingAddOnResultPayload as RecordingAddOnResultPayload
    from .api.v2010.types import RecordingAddOnResultPayloadData as RecordingAddOnResultPayloadData
    from .api.v2010.types import RecordingTranscription as RecordingTranscription
    from .api.v2010.types import ShortCode as ShortCode
    from .api.v2010.types import SigningKey as SigningKey
    from .api.v2010.types import Sip as Sip
    from .api.v2010.types import SipCredential as SipCredential
    from .api.v2010.types import SipCredentialList as SipCredentialList
    from .api.v2010.types import SipCredentialListMapping as SipCredentialListMapping
    from .api.v2010.types import SipDomain as SipDomain
    from .api.v2010.types import SipIpAccessControlList as SipIpAccessControlList
    from .api.v2010.types import SipIpAccessControlListMapping as SipIpAccessControlListMapping
    from .api.v2010.types import SipIpAddress as SipIpAddress
    from .api.v2010.types import Siprec as Siprec
    from .api.v2010.types import Stream as Stream
    from .api.v2010.types import Token as Token
    from .api.v2010.types import Transcription as Transcription
    from .api.v2010.types import Usage as Usage
    from .api.v2010.types import UsageRecord as UsageRecord
    from .api.v2010.types import UsageRecordAllTime as UsageRecordAllTime
    from .api.v2010.types import UsageRecordDaily as UsageRecordDaily
    from .api.v2010.types import UsageRecordLastMonth as UsageRecordLastMonth
    from .api.v2010.types import UsageRecordMonthly as UsageRecordMonthly
    from .api.v2010.types import UsageRecordThisMonth as UsageRecordThisMonth
    from .api.v2010.types import UsageRecordToday as UsageRecordToday
    from .api.v2010.types import UsageRecordYearly as UsageRecordYearly
    from .api.v2010.types import UsageRecordYesterday as UsageRecordYesterday
    from .api.v2010.types import UsageTrigger as UsageTrigger
    from .api.v2010.types import UserDefinedMessage as UserDefinedMessage
    from .api.v2010.types import UserDefinedMessageSubscription as UserDefinedMessageSubscription
    from .api.v2010.types import ValidationRequest as ValidationRequest
    from .flex_api.v1.types import Assessments as Assessments
    from .flex_api.v1.types import Channel as Channel
    from .flex_api.v1.types import Configuration as Configuration
    from .flex_api.v1.types import ConfiguredPlugin as ConfiguredPlugin
    from .flex_api.v1.types import FlexFlow as FlexFlow
    from .flex_api.v1.types import InsightsAssessmentsComment as InsightsAssessmentsComment
    from .flex_api.v1.types import InsightsConversations as InsightsConversations
    from .flex_api.v1.types import InsightsQuestionnaires as InsightsQuestionnaires
    from .flex_api.v1.types import InsightsQuestionnairesCategory as InsightsQuestionnairesCategory
    from .flex_api.v1.types import InsightsQuestionnairesQuestion as InsightsQuestionnairesQuestion
    from .flex_api.v1.types import InsightsSegments as InsightsSegments
    from .flex_api.v1.types import InsightsSession as InsightsSession
    from .flex_api.v1.types import InsightsSettingsAnswerSets as InsightsSettingsAnswerSets
    from .flex_api.v1.types import InsightsSettingsComment as InsightsSettingsComment
    from .flex_api.v1.types import InsightsUserRoles as InsightsUserRoles
    from .flex_api.v1.types import Interaction as Interaction
    from .flex_api.v1.types import InteractionChannel as InteractionChannel
    from .flex_api.v1.types import InteractionChannelInvite as InteractionChannelInvite
    from .flex_api.v1.types import InteractionChannelParticipant as InteractionChannelParticipant
    from .flex_api.v1.types import InteractionTransfer as InteractionTransfer
    from .flex_api.v1.types import Plugin as Plugin
    from .flex_api.v1.types import PluginArchive as PluginArchive
    from .flex_api.v1.types import PluginConfiguration as PluginConfiguration
    from .flex_api.v1.types import PluginConfigurationArchive as PluginConfigurationArchive
    from .flex_api.v1.types import PluginRelease as PluginRelease
    from .flex_api.v1.types import PluginVersionArchive as PluginVersionArchive
    from .flex_api.v1.types import PluginVersions as PluginVersions
    from .flex_api.v1.types import ProvisioningStatus as ProvisioningStatus
    from .flex_api.v1.types import WebChannel as WebChannel

#: Model class name -> the ``types`` package (relative to ``twilio_async.rest``) exporting it.
MODULES: dict[str, str] = {
    "Account": ".api.v2010.types",
    "AccountTranscription": ".api.v2008.types",
    "Address": ".api.v2010.types",
    "Application": ".api.v2010.types",
    "Assessments": ".flex_api.v1.types",
    "AssignedAddOnExtension": ".api.v2010.types",
    "AuthCallsCredentialListMapping": ".api.v2010.types",
    "AuthCallsIpAccessControlListMapping": ".api.v2010.types",
    "AuthRegistrationsCredentialListMapping": ".api.v2010.types",
    "AuthTypeCalls": ".api.v2010.types",
    "AuthTypeRegistrations": ".api.v2010.types",
    "AuthTypes": ".api.v2010.types",
    "AuthorizedConnectApp": ".api.v2010.types",
    "AvailablePhoneNumberCountry": ".api.v2010.types",
    "AvailablePhoneNumberLocal": ".api.v2010.types",
    "AvailablePhoneNumberMachineToMachine": ".api.v2010.types",
    "AvailablePhoneNumberMobile": ".api.v2010.types",
    "AvailablePhoneNumberNational": ".api.v2010.types",
    "AvailablePhoneNumberSharedCost": ".api.v2010.types",
    "AvailablePhoneNumberTollFree": ".api.v2010.types",
    "AvailablePhoneNumberVoip": ".api.v2010.types",
    "Balance": ".api.v2010.types",
    "Call": ".api.v2010.types",
    "CallEvent": ".api.v2010.types",
    "CallNotification": ".api.v2008.types",
    "CallNotificationInstance": ".api.v2010.types",
    "CallRecording": ".api.v2010.types",
    "CallSegment": ".api.v2008.types",
    "Channel": ".flex_api.v1.types",
    "Conference": ".api.v2010.types",
    "ConferenceRecording": ".api.v2010.types",
    "Configuration": ".flex_api.v1.types",
    "ConfiguredPlugin": ".flex_api.v1.types",
    "ConnectApp": ".api.v2010.types",
    "DependentPhoneNumber": ".api.v2010.types",
    "FlexFlow": ".flex_api.v1.types",
    "IncomingPhoneNumber": ".api.v2010.types",
    "IncomingPhoneNumberAssignedAddOn": ".api.v2010.types",
    "IncomingPhoneNumberLocal": ".api.v2010.types",
    "IncomingPhoneNumberMobile": ".api.v2010.types",
    "IncomingPhoneNumberTollFree": ".api.v2010.types",
    "InsightsAssessmentsComment": ".flex_api.v1.types",
    "InsightsConversations": ".flex_api.v1.types",
    "InsightsQuestionnaires": ".flex_api.v1.types",
    "InsightsQuestionnairesCategory": ".flex_api.v1.types",
    "InsightsQuestionnairesQuestion": ".flex_api.v1.types",
    "InsightsSegments": ".flex_api.v1.types",
    "InsightsSession": ".flex_api.v1.types",
    "InsightsSettingsAnswerSets": ".flex_api.v1.types",
    "InsightsSettingsComment": ".flex_api.v1.types",
    "InsightsUserRoles": ".flex_api.v1.types",
    "Interaction": ".flex_api.v1.types",
    "InteractionChannel": ".flex_api.v1.types",
    "InteractionChannelInvite": ".flex_api.v1.types",
    "InteractionChannelParticipant": ".flex_api.v1.types",
    "InteractionTransfer": ".flex_api.v1.types",
    "Key": ".api.v2010.types",
    "LocalIncomingPhoneNumber": ".api.v2008.types",
    "Media": ".api.v2010.types",
    "Member": ".api.v2010.types",
    "Message": ".api.v2010.types",
    "MessageFeedback": ".api.v2010.types",
    "NewKey": ".api.v2010.types",
    "NewSigningKey": ".api.v2010.types",
    "Notification": ".api.v2008.types",
    "NotificationInstance": ".api.v2010.types",
    "OutgoingCallerId": ".api.v2010.types",
    "Participant": ".api.v2010.types",
    "Payments": ".api.v2010.types",
    "Plugin": ".flex_api.v1.types",
    "PluginArchive": ".flex_api.v1.types",
    "PluginConfiguration": ".flex_api.v1.types",
    "PluginConfigurationArchive": ".flex_api.v1.types",
    "PluginRelease": ".flex_api.v1.types",
    "PluginVersionArchive": ".flex_api.v1.types",
    "PluginVersions": ".flex_api.v1.types",
    "ProvisioningStatus": ".flex_api.v1.types",
    "Queue": ".api.v2010.types",
    "RealtimeTranscription": ".api.v2010.types",
    "Recording": ".api.v2010.types",
    "RecordingAddOnResult": ".api.v2010.types",
    "RecordingAddOnResultPayload": ".api.v2010.types",
    "RecordingAddOnResultPayloadData": ".api.v2010.types",
    "RecordingTranscription": ".api.v2010.types",
    "ShortCode": ".api.v2010.types",
    "SigningKey": ".api.v2010.types",
    "Sip": ".api.v2010.types",
    "SipCredential": ".api.v2010.types",
    "SipCredentialList": ".api.v2010.types",
    "SipCredentialListMapping": ".api.v2010.types",
    "SipDomain": ".api.v2010.types",
    "SipIpAccessControlList": ".api.v2010.types",
    "SipIpAccessControlListMapping": ".api.v2010.types",
    "SipIpAddress": ".api.v2010.types",
    "Siprec": ".api.v2010.types",
    "Sms": ".api.v2008.types",
    "SmsMessage": ".api.v2008.types",
    "Stream": ".api.v2010.types",
    "Token": ".api.v2010.types",
    "TollFreeIncomingPhoneNumber": ".api.v2008.types",
    "Transcription": ".api.v2010.types",
    "Usage": ".api.v2010.types",
    "UsageRecord": ".api.v2010.types",
    "UsageRecordAllTime": ".api.v2010.types",
    "UsageRecordDaily": ".api.v2010.types",
    "UsageRecordLastMonth": ".api.v2010.types",
    "UsageRecordMonthly": ".api.v2010.types",
    "UsageRecordThisMonth": ".api.v2010.types",
    "UsageRecordToday": ".api.v2010.types",
    "UsageRecordYearly": ".api.v2010.types",
    "UsageRecordYesterday": ".api.v2010.types",
    "UsageTrigger": ".api.v2010.types",
    "UserDefinedMessage": ".api.v2010.types",
    "UserDefinedMessageSubscription": ".api.v2010.types",
    "ValidationRequest": ".api.v2010.types",
    "WebChannel": ".flex_api.v1.types",
}
#: Names several versions use, left out of ``twilio_async.types``: where each one is.
AMBIGUOUS: dict[str, tuple[str, ...]] = {}
__all__ = [
    "Account",
    "AccountTranscription",
    "Address",
    "Application",
    "Assessments",
    "AssignedAddOnExtension",
    "AuthCallsCredentialListMapping",
    "AuthCallsIpAccessControlListMapping",
    "AuthRegistrationsCredentialListMapping",
    "AuthTypeCalls",
    "AuthTypeRegistrations",
    "AuthTypes",
    "AuthorizedConnectApp",
    "AvailablePhoneNumberCountry",
    "AvailablePhoneNumberLocal",
    "AvailablePhoneNumberMachineToMachine",
    "AvailablePhoneNumberMobile",
    "AvailablePhoneNumberNational",
    "AvailablePhoneNumberSharedCost",
    "AvailablePhoneNumberTollFree",
    "AvailablePhoneNumberVoip",
    "Balance",
    "Call",
    "CallEvent",
    "CallNotification",
    "CallNotificationInstance",
    "CallRecording",
    "CallSegment",
    "Channel",
    "Conference",
    "ConferenceRecording",
    "Configuration",
    "ConfiguredPlugin",
    "ConnectApp",
    "DependentPhoneNumber",
    "FlexFlow",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAssignedAddOn",
    "IncomingPhoneNumberLocal",
    "IncomingPhoneNumberMobile",
    "IncomingPhoneNumberTollFree",
    "InsightsAssessmentsComment",
    "InsightsConversations",
    "InsightsQuestionnaires",
    "InsightsQuestionnairesCategory",
    "InsightsQuestionnairesQuestion",
    "InsightsSegments",
    "InsightsSession",
    "InsightsSettingsAnswerSets",
    "InsightsSettingsComment",
    "InsightsUserRoles",
    "Interaction",
    "InteractionChannel",
    "InteractionChannelInvite",
    "InteractionChannelParticipant",
    "InteractionTransfer",
    "Key",
    "LocalIncomingPhoneNumber",
    "Media",
    "Member",
    "Message",
    "MessageFeedback",
    "NewKey",
    "NewSigningKey",
    "Notification",
    "NotificationInstance",
    "OutgoingCallerId",
    "Participant",
    "Payments",
    "Plugin",
    "PluginArchive",
    "PluginConfiguration",
    "PluginConfigurationArchive",
    "PluginRelease",
    "PluginVersionArchive",
    "PluginVersions",
    "ProvisioningStatus",
    "Queue",
    "RealtimeTranscription",
    "Recording",
    "RecordingAddOnResult",
    "RecordingAddOnResultPayload",
    "RecordingAddOnResultPayloadData",
    "RecordingTranscription",
    "ShortCode",
    "SigningKey",
    "Sip",
    "SipCredential",
    "SipCredentialList",
    "SipCredentialListMapping",
    "SipDomain",
    "SipIpAccessControlList",
    "SipIpAccessControlListMapping",
    "SipIpAddress",
    "Siprec",
    "Sms",
    "SmsMessage",
    "Stream",
    "Token",
    "TollFreeIncomingPhoneNumber",
    "Transcription",
    "Usage",
    "UsageRecord",
    "UsageRecordAllTime",
    "UsageRecordDaily",
    "UsageRecordLastMonth",
    "UsageRecordMonthly",
    "UsageRecordThisMonth",
    "UsageRecordToday",
    "UsageRecordYearly",
    "UsageRecordYesterday",
    "UsageTrigger",
    "UserDefinedMessage",
    "UserDefinedMessageSubscription",
    "ValidationRequest",
    "WebChannel",
]
