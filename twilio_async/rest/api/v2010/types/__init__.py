# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Response models of api v2010, loaded on first access: ``from twilio_async.rest.api.v2010.types import Account``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import Account as Account
    from .accounts_addresses import Address as Address
    from .accounts_addresses_dependent_phone_numbers import (
        DependentPhoneNumber as DependentPhoneNumber,
    )
    from .accounts_applications import Application as Application
    from .accounts_authorized_connect_apps import AuthorizedConnectApp as AuthorizedConnectApp
    from .accounts_available_phone_numbers import (
        AvailablePhoneNumberCountry as AvailablePhoneNumberCountry,
    )
    from .accounts_available_phone_numbers_local import (
        AvailablePhoneNumberLocal as AvailablePhoneNumberLocal,
    )
    from .accounts_available_phone_numbers_machine_to_machine import (
        AvailablePhoneNumberMachineToMachine as AvailablePhoneNumberMachineToMachine,
    )
    from .accounts_available_phone_numbers_mobile import (
        AvailablePhoneNumberMobile as AvailablePhoneNumberMobile,
    )
    from .accounts_available_phone_numbers_national import (
        AvailablePhoneNumberNational as AvailablePhoneNumberNational,
    )
    from .accounts_available_phone_numbers_shared_cost import (
        AvailablePhoneNumberSharedCost as AvailablePhoneNumberSharedCost,
    )
    from .accounts_available_phone_numbers_toll_free import (
        AvailablePhoneNumberTollFree as AvailablePhoneNumberTollFree,
    )
    from .accounts_available_phone_numbers_voip import (
        AvailablePhoneNumberVoip as AvailablePhoneNumberVoip,
    )
    from .accounts_balance import Balance as Balance
    from .accounts_calls import Call as Call
    from .accounts_calls_events import CallEvent as CallEvent
    from .accounts_calls_notifications import CallNotificationInstance as CallNotificationInstance
    from .accounts_calls_payments import Payments as Payments
    from .accounts_calls_recordings import CallRecording as CallRecording
    from .accounts_calls_siprec import Siprec as Siprec
    from .accounts_calls_streams import Stream as Stream
    from .accounts_calls_transcriptions import RealtimeTranscription as RealtimeTranscription
    from .accounts_calls_user_defined_message_subscriptions import (
        UserDefinedMessageSubscription as UserDefinedMessageSubscription,
    )
    from .accounts_calls_user_defined_messages import UserDefinedMessage as UserDefinedMessage
    from .accounts_conferences import Conference as Conference
    from .accounts_conferences_participants import Participant as Participant
    from .accounts_conferences_recordings import ConferenceRecording as ConferenceRecording
    from .accounts_connect_apps import ConnectApp as ConnectApp
    from .accounts_incoming_phone_numbers import IncomingPhoneNumber as IncomingPhoneNumber
    from .accounts_incoming_phone_numbers_assigned_add_ons import (
        IncomingPhoneNumberAssignedAddOn as IncomingPhoneNumberAssignedAddOn,
    )
    from .accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtension as AssignedAddOnExtension,
    )
    from .accounts_incoming_phone_numbers_local import (
        IncomingPhoneNumberLocal as IncomingPhoneNumberLocal,
    )
    from .accounts_incoming_phone_numbers_mobile import (
        IncomingPhoneNumberMobile as IncomingPhoneNumberMobile,
    )
    from .accounts_incoming_phone_numbers_toll_free import (
        IncomingPhoneNumberTollFree as IncomingPhoneNumberTollFree,
    )
    from .accounts_keys import Key as Key
    from .accounts_keys import NewKey as NewKey
    from .accounts_messages import Message as Message
    from .accounts_messages_feedback import MessageFeedback as MessageFeedback
    from .accounts_messages_media import Media as Media
    from .accounts_notifications import NotificationInstance as NotificationInstance
    from .accounts_outgoing_caller_ids import OutgoingCallerId as OutgoingCallerId
    from .accounts_outgoing_caller_ids import ValidationRequest as ValidationRequest
    from .accounts_queues import Queue as Queue
    from .accounts_queues_members import Member as Member
    from .accounts_recordings import Recording as Recording
    from .accounts_recordings_add_on_results import RecordingAddOnResult as RecordingAddOnResult
    from .accounts_recordings_add_on_results_payloads import (
        RecordingAddOnResultPayload as RecordingAddOnResultPayload,
    )
    from .accounts_recordings_add_on_results_payloads_data import (
        RecordingAddOnResultPayloadData as RecordingAddOnResultPayloadData,
    )
    from .accounts_recordings_transcriptions import RecordingTranscription as RecordingTranscription
    from .accounts_short_codes import ShortCode as ShortCode
    from .accounts_signing_keys import NewSigningKey as NewSigningKey
    from .accounts_signing_keys import SigningKey as SigningKey
    from .accounts_sip import Sip as Sip
    from .accounts_sip_credential_lists import SipCredentialList as SipCredentialList
    from .accounts_sip_credential_lists_credentials import SipCredential as SipCredential
    from .accounts_sip_domains import SipDomain as SipDomain
    from .accounts_sip_domains_auth import AuthTypes as AuthTypes
    from .accounts_sip_domains_auth_calls import AuthTypeCalls as AuthTypeCalls
    from .accounts_sip_domains_auth_calls_credential_list_mappings import (
        AuthCallsCredentialListMapping as AuthCallsCredentialListMapping,
    )
    from .accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
        AuthCallsIpAccessControlListMapping as AuthCallsIpAccessControlListMapping,
    )
    from .accounts_sip_domains_auth_registrations import (
        AuthTypeRegistrations as AuthTypeRegistrations,
    )
    from .accounts_sip_domains_auth_registrations_credential_list_mappings import (
        AuthRegistrationsCredentialListMapping as AuthRegistrationsCredentialListMapping,
    )
    from .accounts_sip_domains_credential_list_mappings import (
        SipCredentialListMapping as SipCredentialListMapping,
    )
    from .accounts_sip_domains_ip_access_control_list_mappings import (
        SipIpAccessControlListMapping as SipIpAccessControlListMapping,
    )
    from .accounts_sip_ip_access_control_lists import (
        SipIpAccessControlList as SipIpAccessControlList,
    )
    from .accounts_sip_ip_access_control_lists_ip_addresses import SipIpAddress as SipIpAddress
    from .accounts_tokens import Token as Token
    from .accounts_transcriptions import Transcription as Transcription
    from .accounts_usage import Usage as Usage
    from .accounts_usage_records import UsageRecord as UsageRecord
    from .accounts_usage_records_all_time import UsageRecordAllTime as UsageRecordAllTime
    from .accounts_usage_records_daily import UsageRecordDaily as UsageRecordDaily
    from .accounts_usage_records_last_month import UsageRecordLastMonth as UsageRecordLastMonth
    from .accounts_usage_records_monthly import UsageRecordMonthly as UsageRecordMonthly
    from .accounts_usage_records_this_month import UsageRecordThisMonth as UsageRecordThisMonth
    from .accounts_usage_records_today import UsageRecordToday as UsageRecordToday
    from .accounts_usage_records_yearly import UsageRecordYearly as UsageRecordYearly
    from .accounts_usage_records_yesterday import UsageRecordYesterday as UsageRecordYesterday
    from .accounts_usage_triggers import UsageTrigger as UsageTrigger

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Account": ".accounts",
    "Address": ".accounts_addresses",
    "Application": ".accounts_applications",
    "AssignedAddOnExtension": ".accounts_incoming_phone_numbers_assigned_add_ons_extensions",
    "AuthCallsCredentialListMapping": ".accounts_sip_domains_auth_calls_credential_list_mappings",
    "AuthCallsIpAccessControlListMapping": ".accounts_sip_domains_auth_calls_ip_access_control_list_mappings",
    "AuthRegistrationsCredentialListMapping": ".accounts_sip_domains_auth_registrations_credential_list_mappings",
    "AuthTypeCalls": ".accounts_sip_domains_auth_calls",
    "AuthTypeRegistrations": ".accounts_sip_domains_auth_registrations",
    "AuthTypes": ".accounts_sip_domains_auth",
    "AuthorizedConnectApp": ".accounts_authorized_connect_apps",
    "AvailablePhoneNumberCountry": ".accounts_available_phone_numbers",
    "AvailablePhoneNumberLocal": ".accounts_available_phone_numbers_local",
    "AvailablePhoneNumberMachineToMachine": ".accounts_available_phone_numbers_machine_to_machine",
    "AvailablePhoneNumberMobile": ".accounts_available_phone_numbers_mobile",
    "AvailablePhoneNumberNational": ".accounts_available_phone_numbers_national",
    "AvailablePhoneNumberSharedCost": ".accounts_available_phone_numbers_shared_cost",
    "AvailablePhoneNumberTollFree": ".accounts_available_phone_numbers_toll_free",
    "AvailablePhoneNumberVoip": ".accounts_available_phone_numbers_voip",
    "Balance": ".accounts_balance",
    "Call": ".accounts_calls",
    "CallEvent": ".accounts_calls_events",
    "CallNotificationInstance": ".accounts_calls_notifications",
    "CallRecording": ".accounts_calls_recordings",
    "Conference": ".accounts_conferences",
    "ConferenceRecording": ".accounts_conferences_recordings",
    "ConnectApp": ".accounts_connect_apps",
    "DependentPhoneNumber": ".accounts_addresses_dependent_phone_numbers",
    "IncomingPhoneNumber": ".accounts_incoming_phone_numbers",
    "IncomingPhoneNumberAssignedAddOn": ".accounts_incoming_phone_numbers_assigned_add_ons",
    "IncomingPhoneNumberLocal": ".accounts_incoming_phone_numbers_local",
    "IncomingPhoneNumberMobile": ".accounts_incoming_phone_numbers_mobile",
    "IncomingPhoneNumberTollFree": ".accounts_incoming_phone_numbers_toll_free",
    "Key": ".accounts_keys",
    "Media": ".accounts_messages_media",
    "Member": ".accounts_queues_members",
    "Message": ".accounts_messages",
    "MessageFeedback": ".accounts_messages_feedback",
    "NewKey": ".accounts_keys",
    "NewSigningKey": ".accounts_signing_keys",
    "NotificationInstance": ".accounts_notifications",
    "OutgoingCallerId": ".accounts_outgoing_caller_ids",
    "Participant": ".accounts_conferences_participants",
    "Payments": ".accounts_calls_payments",
    "Queue": ".accounts_queues",
    "RealtimeTranscription": ".accounts_calls_transcriptions",
    "Recording": ".accounts_recordings",
    "RecordingAddOnResult": ".accounts_recordings_add_on_results",
    "RecordingAddOnResultPayload": ".accounts_recordings_add_on_results_payloads",
    "RecordingAddOnResultPayloadData": ".accounts_recordings_add_on_results_payloads_data",
    "RecordingTranscription": ".accounts_recordings_transcriptions",
    "ShortCode": ".accounts_short_codes",
    "SigningKey": ".accounts_signing_keys",
    "Sip": ".accounts_sip",
    "SipCredential": ".accounts_sip_credential_lists_credentials",
    "SipCredentialList": ".accounts_sip_credential_lists",
    "SipCredentialListMapping": ".accounts_sip_domains_credential_list_mappings",
    "SipDomain": ".accounts_sip_domains",
    "SipIpAccessControlList": ".accounts_sip_ip_access_control_lists",
    "SipIpAccessControlListMapping": ".accounts_sip_domains_ip_access_control_list_mappings",
    "SipIpAddress": ".accounts_sip_ip_access_control_lists_ip_addresses",
    "Siprec": ".accounts_calls_siprec",
    "Stream": ".accounts_calls_streams",
    "Token": ".accounts_tokens",
    "Transcription": ".accounts_transcriptions",
    "Usage": ".accounts_usage",
    "UsageRecord": ".accounts_usage_records",
    "UsageRecordAllTime": ".accounts_usage_records_all_time",
    "UsageRecordDaily": ".accounts_usage_records_daily",
    "UsageRecordLastMonth": ".accounts_usage_records_last_month",
    "UsageRecordMonthly": ".accounts_usage_records_monthly",
    "UsageRecordThisMonth": ".accounts_usage_records_this_month",
    "UsageRecordToday": ".accounts_usage_records_today",
    "UsageRecordYearly": ".accounts_usage_records_yearly",
    "UsageRecordYesterday": ".accounts_usage_records_yesterday",
    "UsageTrigger": ".accounts_usage_triggers",
    "UserDefinedMessage": ".accounts_calls_user_defined_messages",
    "UserDefinedMessageSubscription": ".accounts_calls_user_defined_message_subscriptions",
    "ValidationRequest": ".accounts_outgoing_caller_ids",
}
__all__ = [
    "Account",
    "Address",
    "Application",
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
    "CallNotificationInstance",
    "CallRecording",
    "Conference",
    "ConferenceRecording",
    "ConnectApp",
    "DependentPhoneNumber",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAssignedAddOn",
    "IncomingPhoneNumberLocal",
    "IncomingPhoneNumberMobile",
    "IncomingPhoneNumberTollFree",
    "Key",
    "Media",
    "Member",
    "Message",
    "MessageFeedback",
    "NewKey",
    "NewSigningKey",
    "NotificationInstance",
    "OutgoingCallerId",
    "Participant",
    "Payments",
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
    "Stream",
    "Token",
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
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
