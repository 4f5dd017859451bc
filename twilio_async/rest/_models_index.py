# Generated from specs/ by `make codegen`; do not edit.
"""The index of ``twilio_async.types``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounts.v1.types import AuthTokenPromotion as AuthTokenPromotion
    from .accounts.v1.types import BulkConsents as BulkConsents
    from .accounts.v1.types import BulkContacts as BulkContacts
    from .accounts.v1.types import CredentialAws as CredentialAws
    from .accounts.v1.types import CredentialPublicKey as CredentialPublicKey
    from .accounts.v1.types import Credentials as Credentials
    from .accounts.v1.types import MessagingGeopermissions as MessagingGeopermissions
    from .accounts.v1.types import SecondaryAuthToken as SecondaryAuthToken
    from .api.v2008.types import AccountTranscription as AccountTranscription
    from .api.v2008.types import CallNotification as CallNotification
    from .api.v2008.types import CallSegment as CallSegment
    from .api.v2008.types import LocalIncomingPhoneNumber as LocalIncomingPhoneNumber
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
    from .assistants.v1.types import AssistantSendMessageResponse as AssistantSendMessageResponse
    from .assistants.v1.types import (
        AssistantWithToolsAndKnowledge as AssistantWithToolsAndKnowledge,
    )
    from .assistants.v1.types import Feedback as Feedback
    from .assistants.v1.types import KnowledgeByAssistant as KnowledgeByAssistant
    from .assistants.v1.types import Policy as Policy
    from .assistants.v1.types import Tool as Tool
    from .assistants.v1.types import ToolWithPolicies as ToolWithPolicies
    from .bulkexports.v1.types import DayInstance as DayInstance
    from .bulkexports.v1.types import Export as Export
    from .bulkexports.v1.types import ExportConfiguration as ExportConfiguration
    from .bulkexports.v1.types import ExportCustomJob as ExportCustomJob
    from .bulkexports.v1.types import Job as Job
    from .chat.v3.types import Services as Services
    from .content.v1.types import ApprovalCreate as ApprovalCreate
    from .content.v1.types import ApprovalFetch as ApprovalFetch
    from .content.v1.types import LegacyContent as LegacyContent
    from .conversations.v1.types import ConfigurationAddress as ConfigurationAddress
    from .conversations.v1.types import ConfigurationWebhook as ConfigurationWebhook
    from .conversations.v1.types import Conversation as Conversation
    from .conversations.v1.types import ConversationMessage as ConversationMessage
    from .conversations.v1.types import ConversationMessageReceipt as ConversationMessageReceipt
    from .conversations.v1.types import ConversationParticipant as ConversationParticipant
    from .conversations.v1.types import ConversationScopedWebhook as ConversationScopedWebhook
    from .conversations.v1.types import ConversationWithParticipants as ConversationWithParticipants
    from .conversations.v1.types import ParticipantConversation as ParticipantConversation
    from .conversations.v1.types import ServiceBinding as ServiceBinding
    from .conversations.v1.types import ServiceConfiguration as ServiceConfiguration
    from .conversations.v1.types import ServiceConversation as ServiceConversation
    from .conversations.v1.types import ServiceConversationMessage as ServiceConversationMessage
    from .conversations.v1.types import (
        ServiceConversationMessageReceipt as ServiceConversationMessageReceipt,
    )
    from .conversations.v1.types import (
        ServiceConversationParticipant as ServiceConversationParticipant,
    )
    from .conversations.v1.types import (
        ServiceConversationScopedWebhook as ServiceConversationScopedWebhook,
    )
    from .conversations.v1.types import (
        ServiceConversationWithParticipants as ServiceConversationWithParticipants,
    )
    from .conversations.v1.types import ServiceNotification as ServiceNotification
    from .conversations.v1.types import (
        ServiceParticipantConversation as ServiceParticipantConversation,
    )
    from .conversations.v1.types import ServiceRole as ServiceRole
    from .conversations.v1.types import ServiceUser as ServiceUser
    from .conversations.v1.types import ServiceUserConversation as ServiceUserConversation
    from .conversations.v1.types import ServiceWebhookConfiguration as ServiceWebhookConfiguration
    from .conversations.v1.types import UserConversation as UserConversation
    from .events.v1.types import EventType as EventType
    from .events.v1.types import Schema as Schema
    from .events.v1.types import SchemaVersion as SchemaVersion
    from .events.v1.types import Sink as Sink
    from .events.v1.types import SinkTest as SinkTest
    from .events.v1.types import SinkValidate as SinkValidate
    from .events.v1.types import SubscribedEvent as SubscribedEvent
    from .events.v1.types import Subscription as Subscription
    from .flex_api.v1.types import Assessments as Assessments
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
    from .flex_api.v2.types import FlexUser as FlexUser
    from .flex_api.v2.types import Instances as Instances
    from .flex_api.v2.types import WebChannels as WebChannels
    from .iam.v1.types import GetApiKeys as GetApiKeys
    from .iam.v1.types import RolePermission as RolePermission
    from .iam.v1.types import Roles as Roles
    from .iam.v1.types import (
        VendorOauthAppCreateUpdateResponse as VendorOauthAppCreateUpdateResponse,
    )
    from .insights.v1.types import AccountSettings as AccountSettings
    from .insights.v1.types import Annotation as Annotation
    from .insights.v1.types import CallSummaries as CallSummaries
    from .insights.v1.types import CallSummary as CallSummary
    from .insights.v1.types import ConferenceParticipant as ConferenceParticipant
    from .insights.v1.types import Metric as Metric
    from .insights.v1.types import VideoParticipantSummary as VideoParticipantSummary
    from .insights.v1.types import VideoRoomSummary as VideoRoomSummary
    from .insights.v2.types import AccountReport as AccountReport
    from .insights.v2.types import CreateReportResponse as CreateReportResponse
    from .insights.v2.types import InboundPhoneNumbersReport as InboundPhoneNumbersReport
    from .insights.v2.types import OutboundPhoneNumbersReport as OutboundPhoneNumbersReport
    from .intelligence.v2.types import CustomOperator as CustomOperator
    from .intelligence.v2.types import EncryptedOperatorResults as EncryptedOperatorResults
    from .intelligence.v2.types import EncryptedSentences as EncryptedSentences
    from .intelligence.v2.types import Operator as Operator
    from .intelligence.v2.types import OperatorAttachment as OperatorAttachment
    from .intelligence.v2.types import OperatorAttachments as OperatorAttachments
    from .intelligence.v2.types import OperatorResult as OperatorResult
    from .intelligence.v2.types import OperatorType as OperatorType
    from .intelligence.v2.types import PrebuiltOperator as PrebuiltOperator
    from .intelligence.v2.types import Sentence as Sentence
    from .intelligence.v2.types import Transcript as Transcript
    from .lookups.v2.types import Fields as Fields
    from .lookups.v2.types import LookupResponse as LookupResponse
    from .lookups.v2.types import OverridesResponse as OverridesResponse
    from .lookups.v2.types import Query as Query
    from .lookups.v2.types import RateLimitResponse as RateLimitResponse
    from .lookups.v2.types import RateLimits as RateLimits
    from .marketplace.v1.types import InstalledAddOnUsage as InstalledAddOnUsage
    from .marketplace.v1.types import ModuleData as ModuleData
    from .marketplace.v1.types import ModuleDataManagement as ModuleDataManagement
    from .marketplace.v1.types import ReferralConversion as ReferralConversion
    from .messaging.v1.types import AlphaSender as AlphaSender
    from .messaging.v1.types import BrandRegistration2fa as BrandRegistration2fa
    from .messaging.v1.types import BrandRegistrationOtp as BrandRegistrationOtp
    from .messaging.v1.types import BrandRegistrations as BrandRegistrations
    from .messaging.v1.types import BrandVetting as BrandVetting
    from .messaging.v1.types import ChannelSender as ChannelSender
    from .messaging.v1.types import Deactivations as Deactivations
    from .messaging.v1.types import DestinationAlphaSender as DestinationAlphaSender
    from .messaging.v1.types import DomainConfig as DomainConfig
    from .messaging.v1.types import DomainConfigMessagingService as DomainConfigMessagingService
    from .messaging.v1.types import DomainDnsValidation as DomainDnsValidation
    from .messaging.v1.types import Domains as Domains
    from .messaging.v1.types import ExternalCampaign as ExternalCampaign
    from .messaging.v1.types import LinkshorteningMessagingService as LinkshorteningMessagingService
    from .messaging.v1.types import (
        LinkshorteningMessagingServiceDomainAssociation as LinkshorteningMessagingServiceDomainAssociation,
    )
    from .messaging.v1.types import RequestManagedCert as RequestManagedCert
    from .messaging.v1.types import TollfreeVerification as TollfreeVerification
    from .messaging.v1.types import UsAppToPersonResponse as UsAppToPersonResponse
    from .messaging.v1.types import UsAppToPersonUsecase as UsAppToPersonUsecase
    from .messaging.v1.types import Usecase as Usecase
    from .messaging.v2.types import ChannelsSenderResponse as ChannelsSenderResponse
    from .monitor.v1.types import AlertInstance as AlertInstance
    from .monitor.v2.types import AlarmBody as AlarmBody
    from .monitor.v2.types import SidRepsonse as SidRepsonse
    from .monitor.v2.types import Status as Status
    from .numbers.v1.types import BulkEligibility as BulkEligibility
    from .numbers.v1.types import (
        CreateEmbeddedRegistrationResponse as CreateEmbeddedRegistrationResponse,
    )
    from .numbers.v1.types import CreateEmbeddedSessionResponse as CreateEmbeddedSessionResponse
    from .numbers.v1.types import Eligibility as Eligibility
    from .numbers.v1.types import PortingPortability as PortingPortability
    from .numbers.v1.types import PortingPortIn as PortingPortIn
    from .numbers.v1.types import PortingPortInPhoneNumber as PortingPortInPhoneNumber
    from .numbers.v1.types import PortingWebhookConfiguration as PortingWebhookConfiguration
    from .numbers.v1.types import (
        PortingWebhookConfigurationDelete as PortingWebhookConfigurationDelete,
    )
    from .numbers.v1.types import (
        PortingWebhookConfigurationFetch as PortingWebhookConfigurationFetch,
    )
    from .numbers.v1.types import PortInRequestList as PortInRequestList
    from .numbers.v1.types import SigningRequestConfiguration as SigningRequestConfiguration
    from .numbers.v2.types import BulkHostedNumberOrder as BulkHostedNumberOrder
    from .numbers.v2.types import Bundle as Bundle
    from .numbers.v2.types import BundleClone as BundleClone
    from .numbers.v2.types import BundleCopy as BundleCopy
    from .numbers.v2.types import (
        CreateShortCodeApplicationResponse as CreateShortCodeApplicationResponse,
    )
    from .numbers.v2.types import Evaluation as Evaluation
    from .numbers.v2.types import ItemAssignment as ItemAssignment
    from .numbers.v2.types import Regulation as Regulation
    from .numbers.v2.types import RegulatoryCompliance as RegulatoryCompliance
    from .numbers.v2.types import ReplaceItems as ReplaceItems
    from .numbers.v2.types import ShortCodeApplication as ShortCodeApplication
    from .oauth.v2.types import V2Oauth2TokenResponse as V2Oauth2TokenResponse
    from .preview_iam.versionless.types import Organizations as Organizations
    from .preview_iam.versionless.types import PublicApiAccountResponse as PublicApiAccountResponse
    from .preview_iam.versionless.types import (
        PublicApiRoleAssignmentResponse as PublicApiRoleAssignmentResponse,
    )
    from .preview_iam.versionless.types import ScimUser as ScimUser
    from .pricing.v1.types import Messaging as Messaging
    from .pricing.v1.types import MessagingCountryInstance as MessagingCountryInstance
    from .pricing.v1.types import PhoneNumberCountryInstance as PhoneNumberCountryInstance
    from .pricing.v1.types import PhoneNumbers as PhoneNumbers
    from .pricing.v2.types import TrunkingCountryInstance as TrunkingCountryInstance
    from .pricing.v2.types import TrunkingNumber as TrunkingNumber
    from .proxy.v1.types import MessageInteraction as MessageInteraction
    from .routes.v2.types import Trunks as Trunks
    from .serverless.v1.types import Asset as Asset
    from .serverless.v1.types import AssetVersion as AssetVersion
    from .serverless.v1.types import Build as Build
    from .serverless.v1.types import BuildStatus as BuildStatus
    from .serverless.v1.types import Deployment as Deployment
    from .serverless.v1.types import Environment as Environment
    from .serverless.v1.types import Function as Function
    from .serverless.v1.types import FunctionVersion as FunctionVersion
    from .serverless.v1.types import FunctionVersionContent as FunctionVersionContent
    from .serverless.v1.types import Log as Log
    from .serverless.v1.types import Variable as Variable
    from .studio.v1.types import Engagement as Engagement
    from .studio.v1.types import EngagementContext as EngagementContext
    from .studio.v1.types import Step as Step
    from .studio.v1.types import StepContext as StepContext
    from .studio.v2.types import FlowRevision as FlowRevision
    from .studio.v2.types import FlowTestUser as FlowTestUser
    from .studio.v2.types import FlowValidate as FlowValidate
    from .supersim.v1.types import BillingPeriod as BillingPeriod
    from .supersim.v1.types import EsimProfile as EsimProfile
    from .supersim.v1.types import Fleet as Fleet
    from .supersim.v1.types import IpCommand as IpCommand
    from .supersim.v1.types import Network as Network
    from .supersim.v1.types import NetworkAccessProfile as NetworkAccessProfile
    from .supersim.v1.types import NetworkAccessProfileNetwork as NetworkAccessProfileNetwork
    from .supersim.v1.types import SettingsUpdate as SettingsUpdate
    from .supersim.v1.types import SimIpAddress as SimIpAddress
    from .supersim.v1.types import SmsCommand as SmsCommand
    from .sync.v1.types import Document as Document
    from .sync.v1.types import DocumentPermission as DocumentPermission
    from .sync.v1.types import StreamMessage as StreamMessage
    from .sync.v1.types import SyncList as SyncList
    from .sync.v1.types import SyncListItem as SyncListItem
    from .sync.v1.types import SyncListPermission as SyncListPermission
    from .sync.v1.types import SyncMap as SyncMap
    from .sync.v1.types import SyncMapItem as SyncMapItem
    from .sync.v1.types import SyncMapPermission as SyncMapPermission
    from .sync.v1.types import SyncStream as SyncStream
    from .taskrouter.v1.types import Activity as Activity
    from .taskrouter.v1.types import Task as Task
    from .taskrouter.v1.types import TaskChannel as TaskChannel
    from .taskrouter.v1.types import TaskQueue as TaskQueue
    from .taskrouter.v1.types import (
        TaskQueueBulkRealTimeStatistics as TaskQueueBulkRealTimeStatistics,
    )
    from .taskrouter.v1.types import TaskQueueCumulativeStatistics as TaskQueueCumulativeStatistics
    from .taskrouter.v1.types import TaskQueueRealTimeStatistics as TaskQueueRealTimeStatistics
    from .taskrouter.v1.types import TaskQueuesStatistics as TaskQueuesStatistics
    from .taskrouter.v1.types import TaskQueueStatistics as TaskQueueStatistics
    from .taskrouter.v1.types import TaskReservation as TaskReservation
    from .taskrouter.v1.types import Worker as Worker
    from .taskrouter.v1.types import WorkerChannel as WorkerChannel
    from .taskrouter.v1.types import WorkerReservation as WorkerReservation
    from .taskrouter.v1.types import WorkersCumulativeStatistics as WorkersCumulativeStatistics
    from .taskrouter.v1.types import WorkersRealTimeStatistics as WorkersRealTimeStatistics
    from .taskrouter.v1.types import WorkersStatistics as WorkersStatistics
    from .taskrouter.v1.types import WorkerStatistics as WorkerStatistics
    from .taskrouter.v1.types import Workflow as Workflow
    from .taskrouter.v1.types import WorkflowCumulativeStatistics as WorkflowCumulativeStatistics
    from .taskrouter.v1.types import WorkflowRealTimeStatistics as WorkflowRealTimeStatistics
    from .taskrouter.v1.types import WorkflowStatistics as WorkflowStatistics
    from .taskrouter.v1.types import Workspace as Workspace
    from .taskrouter.v1.types import WorkspaceCumulativeStatistics as WorkspaceCumulativeStatistics
    from .taskrouter.v1.types import WorkspaceRealTimeStatistics as WorkspaceRealTimeStatistics
    from .taskrouter.v1.types import WorkspaceStatistics as WorkspaceStatistics
    from .trunking.v1.types import CredentialList as CredentialList
    from .trunking.v1.types import IpAccessControlList as IpAccessControlList
    from .trunking.v1.types import OriginationUrl as OriginationUrl
    from .trunking.v1.types import Trunk as Trunk
    from .trusthub.v1.types import ComplianceInquiries as ComplianceInquiries
    from .trusthub.v1.types import (
        ComplianceRegistrationInquiries as ComplianceRegistrationInquiries,
    )
    from .trusthub.v1.types import ComplianceTollfreeInquiries as ComplianceTollfreeInquiries
    from .trusthub.v1.types import (
        CustomerProfileChannelEndpointAssignment as CustomerProfileChannelEndpointAssignment,
    )
    from .trusthub.v1.types import CustomerProfiles as CustomerProfiles
    from .trusthub.v1.types import (
        CustomerProfilesEntityAssignments as CustomerProfilesEntityAssignments,
    )
    from .trusthub.v1.types import CustomerProfilesEvaluations as CustomerProfilesEvaluations
    from .trusthub.v1.types import Policies as Policies
    from .trusthub.v1.types import (
        TrustProductChannelEndpointAssignment as TrustProductChannelEndpointAssignment,
    )
    from .trusthub.v1.types import TrustProducts as TrustProducts
    from .trusthub.v1.types import TrustProductsEntityAssignments as TrustProductsEntityAssignments
    from .trusthub.v1.types import TrustProductsEvaluations as TrustProductsEvaluations
    from .verify.v2.types import AccessToken as AccessToken
    from .verify.v2.types import ApproveChallenge as ApproveChallenge
    from .verify.v2.types import Bucket as Bucket
    from .verify.v2.types import Challenge as Challenge
    from .verify.v2.types import Challenges as Challenges
    from .verify.v2.types import Entity as Entity
    from .verify.v2.types import Factor as Factor
    from .verify.v2.types import Factors as Factors
    from .verify.v2.types import Form as Form
    from .verify.v2.types import MessagingConfiguration as MessagingConfiguration
    from .verify.v2.types import NewFactor as NewFactor
    from .verify.v2.types import RateLimit as RateLimit
    from .verify.v2.types import Verification as Verification
    from .verify.v2.types import VerificationAttempt as VerificationAttempt
    from .verify.v2.types import VerificationAttemptsSummary as VerificationAttemptsSummary
    from .verify.v2.types import VerificationCheck as VerificationCheck
    from .verify.v2.types import VerificationTemplate as VerificationTemplate
    from .verify.v2.types import VerifyFactor as VerifyFactor
    from .verify.v2.types import Webhook as Webhook
    from .video.v1.types import Composition as Composition
    from .video.v1.types import CompositionHook as CompositionHook
    from .video.v1.types import CompositionSettings as CompositionSettings
    from .video.v1.types import RecordingRules as RecordingRules
    from .video.v1.types import RecordingSettings as RecordingSettings
    from .video.v1.types import Room as Room
    from .video.v1.types import RoomParticipant as RoomParticipant
    from .video.v1.types import RoomParticipantAnonymize as RoomParticipantAnonymize
    from .video.v1.types import RoomParticipantPublishedTrack as RoomParticipantPublishedTrack
    from .video.v1.types import RoomParticipantSubscribedTrack as RoomParticipantSubscribedTrack
    from .video.v1.types import RoomRecording as RoomRecording
    from .video.v1.types import SubscribeRules as SubscribeRules
    from .video.v1.types import Transcriptions as Transcriptions
    from .voice.v1.types import ArchivedCalls as ArchivedCalls
    from .voice.v1.types import Archives as Archives
    from .voice.v1.types import ByocTrunk as ByocTrunk
    from .voice.v1.types import ConnectionPolicy as ConnectionPolicy
    from .voice.v1.types import ConnectionPolicyTarget as ConnectionPolicyTarget
    from .voice.v1.types import DialingPermissions as DialingPermissions
    from .voice.v1.types import (
        DialingPermissionsCountryBulkUpdate as DialingPermissionsCountryBulkUpdate,
    )
    from .voice.v1.types import (
        DialingPermissionsCountryInstance as DialingPermissionsCountryInstance,
    )
    from .voice.v1.types import DialingPermissionsHrsPrefixes as DialingPermissionsHrsPrefixes
    from .voice.v1.types import IpRecord as IpRecord
    from .voice.v1.types import Settings as Settings
    from .voice.v1.types import SourceIpMapping as SourceIpMapping
    from .wireless.v1.types import AccountUsageRecord as AccountUsageRecord
    from .wireless.v1.types import DataSession as DataSession

#: Model class name -> the ``types`` package (relative to ``twilio_async.rest``) exporting it.
MODULES: dict[str, str] = {
    "AccessToken": ".verify.v2.types",
    "Account": ".api.v2010.types",
    "AccountReport": ".insights.v2.types",
    "AccountSettings": ".insights.v1.types",
    "AccountTranscription": ".api.v2008.types",
    "AccountUsageRecord": ".wireless.v1.types",
    "Activity": ".taskrouter.v1.types",
    "Address": ".api.v2010.types",
    "AlarmBody": ".monitor.v2.types",
    "AlertInstance": ".monitor.v1.types",
    "AlphaSender": ".messaging.v1.types",
    "Annotation": ".insights.v1.types",
    "Application": ".api.v2010.types",
    "ApprovalCreate": ".content.v1.types",
    "ApprovalFetch": ".content.v1.types",
    "ApproveChallenge": ".verify.v2.types",
    "ArchivedCalls": ".voice.v1.types",
    "Archives": ".voice.v1.types",
    "Assessments": ".flex_api.v1.types",
    "Asset": ".serverless.v1.types",
    "AssetVersion": ".serverless.v1.types",
    "AssignedAddOnExtension": ".api.v2010.types",
    "AssistantSendMessageResponse": ".assistants.v1.types",
    "AssistantWithToolsAndKnowledge": ".assistants.v1.types",
    "AuthCallsCredentialListMapping": ".api.v2010.types",
    "AuthCallsIpAccessControlListMapping": ".api.v2010.types",
    "AuthRegistrationsCredentialListMapping": ".api.v2010.types",
    "AuthTokenPromotion": ".accounts.v1.types",
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
    "BillingPeriod": ".supersim.v1.types",
    "BrandRegistration2fa": ".messaging.v1.types",
    "BrandRegistrationOtp": ".messaging.v1.types",
    "BrandRegistrations": ".messaging.v1.types",
    "BrandVetting": ".messaging.v1.types",
    "Bucket": ".verify.v2.types",
    "Build": ".serverless.v1.types",
    "BuildStatus": ".serverless.v1.types",
    "BulkConsents": ".accounts.v1.types",
    "BulkContacts": ".accounts.v1.types",
    "BulkEligibility": ".numbers.v1.types",
    "BulkHostedNumberOrder": ".numbers.v2.types",
    "Bundle": ".numbers.v2.types",
    "BundleClone": ".numbers.v2.types",
    "BundleCopy": ".numbers.v2.types",
    "ByocTrunk": ".voice.v1.types",
    "Call": ".api.v2010.types",
    "CallEvent": ".api.v2010.types",
    "CallNotification": ".api.v2008.types",
    "CallNotificationInstance": ".api.v2010.types",
    "CallRecording": ".api.v2010.types",
    "CallSegment": ".api.v2008.types",
    "CallSummaries": ".insights.v1.types",
    "CallSummary": ".insights.v1.types",
    "Challenge": ".verify.v2.types",
    "Challenges": ".verify.v2.types",
    "ChannelSender": ".messaging.v1.types",
    "ChannelsSenderResponse": ".messaging.v2.types",
    "ComplianceInquiries": ".trusthub.v1.types",
    "ComplianceRegistrationInquiries": ".trusthub.v1.types",
    "ComplianceTollfreeInquiries": ".trusthub.v1.types",
    "Composition": ".video.v1.types",
    "CompositionHook": ".video.v1.types",
    "CompositionSettings": ".video.v1.types",
    "Conference": ".api.v2010.types",
    "ConferenceParticipant": ".insights.v1.types",
    "ConferenceRecording": ".api.v2010.types",
    "ConfigurationAddress": ".conversations.v1.types",
    "ConfigurationWebhook": ".conversations.v1.types",
    "ConfiguredPlugin": ".flex_api.v1.types",
    "ConnectApp": ".api.v2010.types",
    "ConnectionPolicy": ".voice.v1.types",
    "ConnectionPolicyTarget": ".voice.v1.types",
    "Conversation": ".conversations.v1.types",
    "ConversationMessage": ".conversations.v1.types",
    "ConversationMessageReceipt": ".conversations.v1.types",
    "ConversationParticipant": ".conversations.v1.types",
    "ConversationScopedWebhook": ".conversations.v1.types",
    "ConversationWithParticipants": ".conversations.v1.types",
    "CreateEmbeddedRegistrationResponse": ".numbers.v1.types",
    "CreateEmbeddedSessionResponse": ".numbers.v1.types",
    "CreateReportResponse": ".insights.v2.types",
    "CreateShortCodeApplicationResponse": ".numbers.v2.types",
    "CredentialAws": ".accounts.v1.types",
    "CredentialList": ".trunking.v1.types",
    "CredentialPublicKey": ".accounts.v1.types",
    "Credentials": ".accounts.v1.types",
    "CustomOperator": ".intelligence.v2.types",
    "CustomerProfileChannelEndpointAssignment": ".trusthub.v1.types",
    "CustomerProfiles": ".trusthub.v1.types",
    "CustomerProfilesEntityAssignments": ".trusthub.v1.types",
    "CustomerProfilesEvaluations": ".trusthub.v1.types",
    "DataSession": ".wireless.v1.types",
    "DayInstance": ".bulkexports.v1.types",
    "Deactivations": ".messaging.v1.types",
    "DependentPhoneNumber": ".api.v2010.types",
    "Deployment": ".serverless.v1.types",
    "DestinationAlphaSender": ".messaging.v1.types",
    "DialingPermissions": ".voice.v1.types",
    "DialingPermissionsCountryBulkUpdate": ".voice.v1.types",
    "DialingPermissionsCountryInstance": ".voice.v1.types",
    "DialingPermissionsHrsPrefixes": ".voice.v1.types",
    "Document": ".sync.v1.types",
    "DocumentPermission": ".sync.v1.types",
    "DomainConfig": ".messaging.v1.types",
    "DomainConfigMessagingService": ".messaging.v1.types",
    "DomainDnsValidation": ".messaging.v1.types",
    "Domains": ".messaging.v1.types",
    "Eligibility": ".numbers.v1.types",
    "EncryptedOperatorResults": ".intelligence.v2.types",
    "EncryptedSentences": ".intelligence.v2.types",
    "Engagement": ".studio.v1.types",
    "EngagementContext": ".studio.v1.types",
    "Entity": ".verify.v2.types",
    "Environment": ".serverless.v1.types",
    "EsimProfile": ".supersim.v1.types",
    "Evaluation": ".numbers.v2.types",
    "EventType": ".events.v1.types",
    "Export": ".bulkexports.v1.types",
    "ExportConfiguration": ".bulkexports.v1.types",
    "ExportCustomJob": ".bulkexports.v1.types",
    "ExternalCampaign": ".messaging.v1.types",
    "Factor": ".verify.v2.types",
    "Factors": ".verify.v2.types",
    "Feedback": ".assistants.v1.types",
    "Fields": ".lookups.v2.types",
    "Fleet": ".supersim.v1.types",
    "FlexFlow": ".flex_api.v1.types",
    "FlexUser": ".flex_api.v2.types",
    "FlowRevision": ".studio.v2.types",
    "FlowTestUser": ".studio.v2.types",
    "FlowValidate": ".studio.v2.types",
    "Form": ".verify.v2.types",
    "Function": ".serverless.v1.types",
    "FunctionVersion": ".serverless.v1.types",
    "FunctionVersionContent": ".serverless.v1.types",
    "GetApiKeys": ".iam.v1.types",
    "InboundPhoneNumbersReport": ".insights.v2.types",
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
    "InstalledAddOnUsage": ".marketplace.v1.types",
    "Instances": ".flex_api.v2.types",
    "InteractionChannel": ".flex_api.v1.types",
    "InteractionChannelInvite": ".flex_api.v1.types",
    "InteractionChannelParticipant": ".flex_api.v1.types",
    "InteractionTransfer": ".flex_api.v1.types",
    "IpAccessControlList": ".trunking.v1.types",
    "IpCommand": ".supersim.v1.types",
    "IpRecord": ".voice.v1.types",
    "ItemAssignment": ".numbers.v2.types",
    "Job": ".bulkexports.v1.types",
    "Key": ".api.v2010.types",
    "KnowledgeByAssistant": ".assistants.v1.types",
    "LegacyContent": ".content.v1.types",
    "LinkshorteningMessagingService": ".messaging.v1.types",
    "LinkshorteningMessagingServiceDomainAssociation": ".messaging.v1.types",
    "LocalIncomingPhoneNumber": ".api.v2008.types",
    "Log": ".serverless.v1.types",
    "LookupResponse": ".lookups.v2.types",
    "Media": ".api.v2010.types",
    "Member": ".api.v2010.types",
    "Message": ".api.v2010.types",
    "MessageFeedback": ".api.v2010.types",
    "MessageInteraction": ".proxy.v1.types",
    "Messaging": ".pricing.v1.types",
    "MessagingConfiguration": ".verify.v2.types",
    "MessagingCountryInstance": ".pricing.v1.types",
    "MessagingGeopermissions": ".accounts.v1.types",
    "Metric": ".insights.v1.types",
    "ModuleData": ".marketplace.v1.types",
    "ModuleDataManagement": ".marketplace.v1.types",
    "Network": ".supersim.v1.types",
    "NetworkAccessProfile": ".supersim.v1.types",
    "NetworkAccessProfileNetwork": ".supersim.v1.types",
    "NewFactor": ".verify.v2.types",
    "NewKey": ".api.v2010.types",
    "NewSigningKey": ".api.v2010.types",
    "NotificationInstance": ".api.v2010.types",
    "Operator": ".intelligence.v2.types",
    "OperatorAttachment": ".intelligence.v2.types",
    "OperatorAttachments": ".intelligence.v2.types",
    "OperatorResult": ".intelligence.v2.types",
    "OperatorType": ".intelligence.v2.types",
    "Organizations": ".preview_iam.versionless.types",
    "OriginationUrl": ".trunking.v1.types",
    "OutboundPhoneNumbersReport": ".insights.v2.types",
    "OutgoingCallerId": ".api.v2010.types",
    "OverridesResponse": ".lookups.v2.types",
    "Participant": ".api.v2010.types",
    "ParticipantConversation": ".conversations.v1.types",
    "Payments": ".api.v2010.types",
    "PhoneNumberCountryInstance": ".pricing.v1.types",
    "PhoneNumbers": ".pricing.v1.types",
    "Plugin": ".flex_api.v1.types",
    "PluginArchive": ".flex_api.v1.types",
    "PluginConfiguration": ".flex_api.v1.types",
    "PluginConfigurationArchive": ".flex_api.v1.types",
    "PluginRelease": ".flex_api.v1.types",
    "PluginVersionArchive": ".flex_api.v1.types",
    "PluginVersions": ".flex_api.v1.types",
    "Policies": ".trusthub.v1.types",
    "Policy": ".assistants.v1.types",
    "PortInRequestList": ".numbers.v1.types",
    "PortingPortIn": ".numbers.v1.types",
    "PortingPortInPhoneNumber": ".numbers.v1.types",
    "PortingPortability": ".numbers.v1.types",
    "PortingWebhookConfiguration": ".numbers.v1.types",
    "PortingWebhookConfigurationDelete": ".numbers.v1.types",
    "PortingWebhookConfigurationFetch": ".numbers.v1.types",
    "PrebuiltOperator": ".intelligence.v2.types",
    "ProvisioningStatus": ".flex_api.v1.types",
    "PublicApiAccountResponse": ".preview_iam.versionless.types",
    "PublicApiRoleAssignmentResponse": ".preview_iam.versionless.types",
    "Query": ".lookups.v2.types",
    "Queue": ".api.v2010.types",
    "RateLimit": ".verify.v2.types",
    "RateLimitResponse": ".lookups.v2.types",
    "RateLimits": ".lookups.v2.types",
    "RealtimeTranscription": ".api.v2010.types",
    "Recording": ".api.v2010.types",
    "RecordingAddOnResult": ".api.v2010.types",
    "RecordingAddOnResultPayload": ".api.v2010.types",
    "RecordingAddOnResultPayloadData": ".api.v2010.types",
    "RecordingRules": ".video.v1.types",
    "RecordingSettings": ".video.v1.types",
    "RecordingTranscription": ".api.v2010.types",
    "ReferralConversion": ".marketplace.v1.types",
    "Regulation": ".numbers.v2.types",
    "RegulatoryCompliance": ".numbers.v2.types",
    "ReplaceItems": ".numbers.v2.types",
    "RequestManagedCert": ".messaging.v1.types",
    "RolePermission": ".iam.v1.types",
    "Roles": ".iam.v1.types",
    "Room": ".video.v1.types",
    "RoomParticipant": ".video.v1.types",
    "RoomParticipantAnonymize": ".video.v1.types",
    "RoomParticipantPublishedTrack": ".video.v1.types",
    "RoomParticipantSubscribedTrack": ".video.v1.types",
    "RoomRecording": ".video.v1.types",
    "Schema": ".events.v1.types",
    "SchemaVersion": ".events.v1.types",
    "ScimUser": ".preview_iam.versionless.types",
    "SecondaryAuthToken": ".accounts.v1.types",
    "Sentence": ".intelligence.v2.types",
    "ServiceBinding": ".conversations.v1.types",
    "ServiceConfiguration": ".conversations.v1.types",
    "ServiceConversation": ".conversations.v1.types",
    "ServiceConversationMessage": ".conversations.v1.types",
    "ServiceConversationMessageReceipt": ".conversations.v1.types",
    "ServiceConversationParticipant": ".conversations.v1.types",
    "ServiceConversationScopedWebhook": ".conversations.v1.types",
    "ServiceConversationWithParticipants": ".conversations.v1.types",
    "ServiceNotification": ".conversations.v1.types",
    "ServiceParticipantConversation": ".conversations.v1.types",
    "ServiceRole": ".conversations.v1.types",
    "ServiceUser": ".conversations.v1.types",
    "ServiceUserConversation": ".conversations.v1.types",
    "ServiceWebhookConfiguration": ".conversations.v1.types",
    "Services": ".chat.v3.types",
    "Settings": ".voice.v1.types",
    "SettingsUpdate": ".supersim.v1.types",
    "ShortCode": ".api.v2010.types",
    "ShortCodeApplication": ".numbers.v2.types",
    "SidRepsonse": ".monitor.v2.types",
    "SigningKey": ".api.v2010.types",
    "SigningRequestConfiguration": ".numbers.v1.types",
    "SimIpAddress": ".supersim.v1.types",
    "Sink": ".events.v1.types",
    "SinkTest": ".events.v1.types",
    "SinkValidate": ".events.v1.types",
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
    "SmsCommand": ".supersim.v1.types",
    "SmsMessage": ".api.v2008.types",
    "SourceIpMapping": ".voice.v1.types",
    "Status": ".monitor.v2.types",
    "Step": ".studio.v1.types",
    "StepContext": ".studio.v1.types",
    "Stream": ".api.v2010.types",
    "StreamMessage": ".sync.v1.types",
    "SubscribeRules": ".video.v1.types",
    "SubscribedEvent": ".events.v1.types",
    "Subscription": ".events.v1.types",
    "SyncList": ".sync.v1.types",
    "SyncListItem": ".sync.v1.types",
    "SyncListPermission": ".sync.v1.types",
    "SyncMap": ".sync.v1.types",
    "SyncMapItem": ".sync.v1.types",
    "SyncMapPermission": ".sync.v1.types",
    "SyncStream": ".sync.v1.types",
    "Task": ".taskrouter.v1.types",
    "TaskChannel": ".taskrouter.v1.types",
    "TaskQueue": ".taskrouter.v1.types",
    "TaskQueueBulkRealTimeStatistics": ".taskrouter.v1.types",
    "TaskQueueCumulativeStatistics": ".taskrouter.v1.types",
    "TaskQueueRealTimeStatistics": ".taskrouter.v1.types",
    "TaskQueueStatistics": ".taskrouter.v1.types",
    "TaskQueuesStatistics": ".taskrouter.v1.types",
    "TaskReservation": ".taskrouter.v1.types",
    "Token": ".api.v2010.types",
    "TollFreeIncomingPhoneNumber": ".api.v2008.types",
    "TollfreeVerification": ".messaging.v1.types",
    "Tool": ".assistants.v1.types",
    "ToolWithPolicies": ".assistants.v1.types",
    "Transcript": ".intelligence.v2.types",
    "Transcription": ".api.v2010.types",
    "Transcriptions": ".video.v1.types",
    "Trunk": ".trunking.v1.types",
    "TrunkingCountryInstance": ".pricing.v2.types",
    "TrunkingNumber": ".pricing.v2.types",
    "Trunks": ".routes.v2.types",
    "TrustProductChannelEndpointAssignment": ".trusthub.v1.types",
    "TrustProducts": ".trusthub.v1.types",
    "TrustProductsEntityAssignments": ".trusthub.v1.types",
    "TrustProductsEvaluations": ".trusthub.v1.types",
    "UsAppToPersonResponse": ".messaging.v1.types",
    "UsAppToPersonUsecase": ".messaging.v1.types",
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
    "Usecase": ".messaging.v1.types",
    "UserConversation": ".conversations.v1.types",
    "UserDefinedMessage": ".api.v2010.types",
    "UserDefinedMessageSubscription": ".api.v2010.types",
    "V2Oauth2TokenResponse": ".oauth.v2.types",
    "ValidationRequest": ".api.v2010.types",
    "Variable": ".serverless.v1.types",
    "VendorOauthAppCreateUpdateResponse": ".iam.v1.types",
    "Verification": ".verify.v2.types",
    "VerificationAttempt": ".verify.v2.types",
    "VerificationAttemptsSummary": ".verify.v2.types",
    "VerificationCheck": ".verify.v2.types",
    "VerificationTemplate": ".verify.v2.types",
    "VerifyFactor": ".verify.v2.types",
    "VideoParticipantSummary": ".insights.v1.types",
    "VideoRoomSummary": ".insights.v1.types",
    "WebChannel": ".flex_api.v1.types",
    "WebChannels": ".flex_api.v2.types",
    "Webhook": ".verify.v2.types",
    "Worker": ".taskrouter.v1.types",
    "WorkerChannel": ".taskrouter.v1.types",
    "WorkerReservation": ".taskrouter.v1.types",
    "WorkerStatistics": ".taskrouter.v1.types",
    "WorkersCumulativeStatistics": ".taskrouter.v1.types",
    "WorkersRealTimeStatistics": ".taskrouter.v1.types",
    "WorkersStatistics": ".taskrouter.v1.types",
    "Workflow": ".taskrouter.v1.types",
    "WorkflowCumulativeStatistics": ".taskrouter.v1.types",
    "WorkflowRealTimeStatistics": ".taskrouter.v1.types",
    "WorkflowStatistics": ".taskrouter.v1.types",
    "Workspace": ".taskrouter.v1.types",
    "WorkspaceCumulativeStatistics": ".taskrouter.v1.types",
    "WorkspaceRealTimeStatistics": ".taskrouter.v1.types",
    "WorkspaceStatistics": ".taskrouter.v1.types",
}
#: Names several versions use, left out of ``twilio_async.types``: where each one is.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "AuthorizationDocument": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.preview.hosted_numbers.types",
    ),
    "Authorize": (
        "twilio_async.rest.oauth.v1.types",
        "twilio_async.rest.oauth.v2.types",
        "twilio_async.rest.preview_iam.v1.types",
    ),
    "AvailableAddOn": (
        "twilio_async.rest.marketplace.v1.types",
        "twilio_async.rest.preview.marketplace.types",
    ),
    "AvailableAddOnExtension": (
        "twilio_async.rest.marketplace.v1.types",
        "twilio_async.rest.preview.marketplace.types",
    ),
    "Binding": (
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.ip_messaging.v2.types",
        "twilio_async.rest.notify.v1.types",
    ),
    "Channel": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.chat.v3.types",
        "twilio_async.rest.flex_api.v1.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "ChannelWebhook": (
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "Command": (
        "twilio_async.rest.preview.wireless.types",
        "twilio_async.rest.wireless.v1.types",
    ),
    "Configuration": (
        "twilio_async.rest.conversations.v1.types",
        "twilio_async.rest.flex_api.v1.types",
    ),
    "Content": (
        "twilio_async.rest.content.v1.types",
        "twilio_async.rest.content.v2.types",
    ),
    "ContentAndApprovals": (
        "twilio_async.rest.content.v1.types",
        "twilio_async.rest.content.v2.types",
    ),
    "Credential": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.conversations.v1.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
        "twilio_async.rest.notify.v1.types",
    ),
    "DependentHostedNumberOrder": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.preview.hosted_numbers.types",
    ),
    "DomainCerts": (
        "twilio_async.rest.messaging.v1.types",
        "twilio_async.rest.messaging.v2.types",
    ),
    "EndUser": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.trusthub.v1.types",
    ),
    "EndUserType": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.trusthub.v1.types",
    ),
    "Event": (
        "twilio_async.rest.insights.v1.types",
        "twilio_async.rest.monitor.v1.types",
        "twilio_async.rest.taskrouter.v1.types",
    ),
    "Execution": (
        "twilio_async.rest.studio.v1.types",
        "twilio_async.rest.studio.v2.types",
    ),
    "ExecutionContext": (
        "twilio_async.rest.studio.v1.types",
        "twilio_async.rest.studio.v2.types",
    ),
    "ExecutionStep": (
        "twilio_async.rest.studio.v1.types",
        "twilio_async.rest.studio.v2.types",
    ),
    "ExecutionStepContext": (
        "twilio_async.rest.studio.v1.types",
        "twilio_async.rest.studio.v2.types",
    ),
    "Flow": (
        "twilio_async.rest.studio.v1.types",
        "twilio_async.rest.studio.v2.types",
    ),
    "HostedNumberOrder": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.numbers.v3.types",
        "twilio_async.rest.preview.hosted_numbers.types",
    ),
    "InstalledAddOn": (
        "twilio_async.rest.marketplace.v1.types",
        "twilio_async.rest.preview.marketplace.types",
    ),
    "InstalledAddOnExtension": (
        "twilio_async.rest.marketplace.v1.types",
        "twilio_async.rest.preview.marketplace.types",
    ),
    "Interaction": (
        "twilio_async.rest.flex_api.v1.types",
        "twilio_async.rest.proxy.v1.types",
    ),
    "Invite": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "Knowledge": (
        "twilio_async.rest.assistants.v1.types",
        "twilio_async.rest.knowledge.v1.types",
    ),
    "KnowledgeChunk": (
        "twilio_async.rest.assistants.v1.types",
        "twilio_async.rest.knowledge.v1.types",
    ),
    "KnowledgeStatus": (
        "twilio_async.rest.assistants.v1.types",
        "twilio_async.rest.knowledge.v1.types",
    ),
    "Notification": (
        "twilio_async.rest.api.v2008.types",
        "twilio_async.rest.notify.v1.types",
        "twilio_async.rest.verify.v2.types",
    ),
    "PhoneNumber": (
        "twilio_async.rest.lookups.v1.types",
        "twilio_async.rest.messaging.v1.types",
        "twilio_async.rest.proxy.v1.types",
        "twilio_async.rest.routes.v2.types",
        "twilio_async.rest.trunking.v1.types",
    ),
    "RatePlan": (
        "twilio_async.rest.preview.wireless.types",
        "twilio_async.rest.wireless.v1.types",
    ),
    "Role": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.conversations.v1.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "Safelist": (
        "twilio_async.rest.accounts.v1.types",
        "twilio_async.rest.verify.v2.types",
    ),
    "Service": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.conversations.v1.types",
        "twilio_async.rest.intelligence.v2.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
        "twilio_async.rest.messaging.v1.types",
        "twilio_async.rest.notify.v1.types",
        "twilio_async.rest.proxy.v1.types",
        "twilio_async.rest.serverless.v1.types",
        "twilio_async.rest.sync.v1.types",
        "twilio_async.rest.verify.v2.types",
    ),
    "Session": (
        "twilio_async.rest.assistants.v1.types",
        "twilio_async.rest.proxy.v1.types",
    ),
    "Sim": (
        "twilio_async.rest.preview.wireless.types",
        "twilio_async.rest.supersim.v1.types",
        "twilio_async.rest.wireless.v1.types",
    ),
    "SupportingDocument": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.trusthub.v1.types",
    ),
    "SupportingDocumentType": (
        "twilio_async.rest.numbers.v2.types",
        "twilio_async.rest.trusthub.v1.types",
    ),
    "TypingIndicator": (
        "twilio_async.rest.messaging.v2.types",
        "twilio_async.rest.messaging.v3.types",
    ),
    "User": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.conversations.v1.types",
        "twilio_async.rest.frontline_api.v1.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "UserBinding": (
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "UserChannel": (
        "twilio_async.rest.chat.v1.types",
        "twilio_async.rest.chat.v2.types",
        "twilio_async.rest.ip_messaging.v1.types",
        "twilio_async.rest.ip_messaging.v2.types",
    ),
    "Voice": (
        "twilio_async.rest.pricing.v1.types",
        "twilio_async.rest.pricing.v2.types",
    ),
    "VoiceCountryInstance": (
        "twilio_async.rest.pricing.v1.types",
        "twilio_async.rest.pricing.v2.types",
    ),
    "VoiceNumber": (
        "twilio_async.rest.pricing.v1.types",
        "twilio_async.rest.pricing.v2.types",
    ),
}
__all__ = [
    "AccessToken",
    "Account",
    "AccountReport",
    "AccountSettings",
    "AccountTranscription",
    "AccountUsageRecord",
    "Activity",
    "Address",
    "AlarmBody",
    "AlertInstance",
    "AlphaSender",
    "Annotation",
    "Application",
    "ApprovalCreate",
    "ApprovalFetch",
    "ApproveChallenge",
    "ArchivedCalls",
    "Archives",
    "Assessments",
    "Asset",
    "AssetVersion",
    "AssignedAddOnExtension",
    "AssistantSendMessageResponse",
    "AssistantWithToolsAndKnowledge",
    "AuthCallsCredentialListMapping",
    "AuthCallsIpAccessControlListMapping",
    "AuthRegistrationsCredentialListMapping",
    "AuthTokenPromotion",
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
    "BillingPeriod",
    "BrandRegistration2fa",
    "BrandRegistrationOtp",
    "BrandRegistrations",
    "BrandVetting",
    "Bucket",
    "Build",
    "BuildStatus",
    "BulkConsents",
    "BulkContacts",
    "BulkEligibility",
    "BulkHostedNumberOrder",
    "Bundle",
    "BundleClone",
    "BundleCopy",
    "ByocTrunk",
    "Call",
    "CallEvent",
    "CallNotification",
    "CallNotificationInstance",
    "CallRecording",
    "CallSegment",
    "CallSummaries",
    "CallSummary",
    "Challenge",
    "Challenges",
    "ChannelSender",
    "ChannelsSenderResponse",
    "ComplianceInquiries",
    "ComplianceRegistrationInquiries",
    "ComplianceTollfreeInquiries",
    "Composition",
    "CompositionHook",
    "CompositionSettings",
    "Conference",
    "ConferenceParticipant",
    "ConferenceRecording",
    "ConfigurationAddress",
    "ConfigurationWebhook",
    "ConfiguredPlugin",
    "ConnectApp",
    "ConnectionPolicy",
    "ConnectionPolicyTarget",
    "Conversation",
    "ConversationMessage",
    "ConversationMessageReceipt",
    "ConversationParticipant",
    "ConversationScopedWebhook",
    "ConversationWithParticipants",
    "CreateEmbeddedRegistrationResponse",
    "CreateEmbeddedSessionResponse",
    "CreateReportResponse",
    "CreateShortCodeApplicationResponse",
    "CredentialAws",
    "CredentialList",
    "CredentialPublicKey",
    "Credentials",
    "CustomOperator",
    "CustomerProfileChannelEndpointAssignment",
    "CustomerProfiles",
    "CustomerProfilesEntityAssignments",
    "CustomerProfilesEvaluations",
    "DataSession",
    "DayInstance",
    "Deactivations",
    "DependentPhoneNumber",
    "Deployment",
    "DestinationAlphaSender",
    "DialingPermissions",
    "DialingPermissionsCountryBulkUpdate",
    "DialingPermissionsCountryInstance",
    "DialingPermissionsHrsPrefixes",
    "Document",
    "DocumentPermission",
    "DomainConfig",
    "DomainConfigMessagingService",
    "DomainDnsValidation",
    "Domains",
    "Eligibility",
    "EncryptedOperatorResults",
    "EncryptedSentences",
    "Engagement",
    "EngagementContext",
    "Entity",
    "Environment",
    "EsimProfile",
    "Evaluation",
    "EventType",
    "Export",
    "ExportConfiguration",
    "ExportCustomJob",
    "ExternalCampaign",
    "Factor",
    "Factors",
    "Feedback",
    "Fields",
    "Fleet",
    "FlexFlow",
    "FlexUser",
    "FlowRevision",
    "FlowTestUser",
    "FlowValidate",
    "Form",
    "Function",
    "FunctionVersion",
    "FunctionVersionContent",
    "GetApiKeys",
    "InboundPhoneNumbersReport",
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
    "InstalledAddOnUsage",
    "Instances",
    "InteractionChannel",
    "InteractionChannelInvite",
    "InteractionChannelParticipant",
    "InteractionTransfer",
    "IpAccessControlList",
    "IpCommand",
    "IpRecord",
    "ItemAssignment",
    "Job",
    "Key",
    "KnowledgeByAssistant",
    "LegacyContent",
    "LinkshorteningMessagingService",
    "LinkshorteningMessagingServiceDomainAssociation",
    "LocalIncomingPhoneNumber",
    "Log",
    "LookupResponse",
    "Media",
    "Member",
    "Message",
    "MessageFeedback",
    "MessageInteraction",
    "Messaging",
    "MessagingConfiguration",
    "MessagingCountryInstance",
    "MessagingGeopermissions",
    "Metric",
    "ModuleData",
    "ModuleDataManagement",
    "Network",
    "NetworkAccessProfile",
    "NetworkAccessProfileNetwork",
    "NewFactor",
    "NewKey",
    "NewSigningKey",
    "NotificationInstance",
    "Operator",
    "OperatorAttachment",
    "OperatorAttachments",
    "OperatorResult",
    "OperatorType",
    "Organizations",
    "OriginationUrl",
    "OutboundPhoneNumbersReport",
    "OutgoingCallerId",
    "OverridesResponse",
    "Participant",
    "ParticipantConversation",
    "Payments",
    "PhoneNumberCountryInstance",
    "PhoneNumbers",
    "Plugin",
    "PluginArchive",
    "PluginConfiguration",
    "PluginConfigurationArchive",
    "PluginRelease",
    "PluginVersionArchive",
    "PluginVersions",
    "Policies",
    "Policy",
    "PortInRequestList",
    "PortingPortIn",
    "PortingPortInPhoneNumber",
    "PortingPortability",
    "PortingWebhookConfiguration",
    "PortingWebhookConfigurationDelete",
    "PortingWebhookConfigurationFetch",
    "PrebuiltOperator",
    "ProvisioningStatus",
    "PublicApiAccountResponse",
    "PublicApiRoleAssignmentResponse",
    "Query",
    "Queue",
    "RateLimit",
    "RateLimitResponse",
    "RateLimits",
    "RealtimeTranscription",
    "Recording",
    "RecordingAddOnResult",
    "RecordingAddOnResultPayload",
    "RecordingAddOnResultPayloadData",
    "RecordingRules",
    "RecordingSettings",
    "RecordingTranscription",
    "ReferralConversion",
    "Regulation",
    "RegulatoryCompliance",
    "ReplaceItems",
    "RequestManagedCert",
    "RolePermission",
    "Roles",
    "Room",
    "RoomParticipant",
    "RoomParticipantAnonymize",
    "RoomParticipantPublishedTrack",
    "RoomParticipantSubscribedTrack",
    "RoomRecording",
    "Schema",
    "SchemaVersion",
    "ScimUser",
    "SecondaryAuthToken",
    "Sentence",
    "ServiceBinding",
    "ServiceConfiguration",
    "ServiceConversation",
    "ServiceConversationMessage",
    "ServiceConversationMessageReceipt",
    "ServiceConversationParticipant",
    "ServiceConversationScopedWebhook",
    "ServiceConversationWithParticipants",
    "ServiceNotification",
    "ServiceParticipantConversation",
    "ServiceRole",
    "ServiceUser",
    "ServiceUserConversation",
    "ServiceWebhookConfiguration",
    "Services",
    "Settings",
    "SettingsUpdate",
    "ShortCode",
    "ShortCodeApplication",
    "SidRepsonse",
    "SigningKey",
    "SigningRequestConfiguration",
    "SimIpAddress",
    "Sink",
    "SinkTest",
    "SinkValidate",
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
    "SmsCommand",
    "SmsMessage",
    "SourceIpMapping",
    "Status",
    "Step",
    "StepContext",
    "Stream",
    "StreamMessage",
    "SubscribeRules",
    "SubscribedEvent",
    "Subscription",
    "SyncList",
    "SyncListItem",
    "SyncListPermission",
    "SyncMap",
    "SyncMapItem",
    "SyncMapPermission",
    "SyncStream",
    "Task",
    "TaskChannel",
    "TaskQueue",
    "TaskQueueBulkRealTimeStatistics",
    "TaskQueueCumulativeStatistics",
    "TaskQueueRealTimeStatistics",
    "TaskQueueStatistics",
    "TaskQueuesStatistics",
    "TaskReservation",
    "Token",
    "TollFreeIncomingPhoneNumber",
    "TollfreeVerification",
    "Tool",
    "ToolWithPolicies",
    "Transcript",
    "Transcription",
    "Transcriptions",
    "Trunk",
    "TrunkingCountryInstance",
    "TrunkingNumber",
    "Trunks",
    "TrustProductChannelEndpointAssignment",
    "TrustProducts",
    "TrustProductsEntityAssignments",
    "TrustProductsEvaluations",
    "UsAppToPersonResponse",
    "UsAppToPersonUsecase",
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
    "Usecase",
    "UserConversation",
    "UserDefinedMessage",
    "UserDefinedMessageSubscription",
    "V2Oauth2TokenResponse",
    "ValidationRequest",
    "Variable",
    "VendorOauthAppCreateUpdateResponse",
    "Verification",
    "VerificationAttempt",
    "VerificationAttemptsSummary",
    "VerificationCheck",
    "VerificationTemplate",
    "VerifyFactor",
    "VideoParticipantSummary",
    "VideoRoomSummary",
    "WebChannel",
    "WebChannels",
    "Webhook",
    "Worker",
    "WorkerChannel",
    "WorkerReservation",
    "WorkerStatistics",
    "WorkersCumulativeStatistics",
    "WorkersRealTimeStatistics",
    "WorkersStatistics",
    "Workflow",
    "WorkflowCumulativeStatistics",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
    "Workspace",
    "WorkspaceCumulativeStatistics",
    "WorkspaceRealTimeStatistics",
    "WorkspaceStatistics",
]
