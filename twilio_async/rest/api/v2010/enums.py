# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Enums of api v2010."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AccountStatus(TwilioEnum):
    """Values of ``account_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AccountType(TwilioEnum):
    """Values of ``account_type``; unknown values are kept, not rejected."""

    TRIAL = "Trial"
    FULL = "Full"


class AuthorizedConnectAppPermission(TwilioEnum):
    """Values of ``authorized_connect_app_permission``; unknown values are kept, not rejected."""

    GET_ALL = "get-all"
    POST_ALL = "post-all"


class CallRecordingSource(TwilioEnum):
    """Values of ``call_recording_source``; unknown values are kept, not rejected."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class CallRecordingStatus(TwilioEnum):
    """Values of ``call_recording_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"


class CallStatus(TwilioEnum):
    """Values of ``call_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"


class CallUpdateStatus(TwilioEnum):
    """Values of ``call_update_status``; unknown values are kept, not rejected."""

    CANCELED = "canceled"
    COMPLETED = "completed"


class ConferenceReasonConferenceEnded(TwilioEnum):
    """Values of ``conference_reason_conference_ended``; unknown values are kept, not rejected."""

    CONFERENCE_ENDED_VIA_API = "conference-ended-via-api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant-with-end-conference-on-exit-left"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant-with-end-conference-on-exit-kicked"
    )
    LAST_PARTICIPANT_KICKED = "last-participant-kicked"
    LAST_PARTICIPANT_LEFT = "last-participant-left"


class ConferenceRecordingSource(TwilioEnum):
    """Values of ``conference_recording_source``; unknown values are kept, not rejected."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class ConferenceRecordingStatus(TwilioEnum):
    """Values of ``conference_recording_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"


class ConferenceStatus(TwilioEnum):
    """Values of ``conference_status``; unknown values are kept, not rejected."""

    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"


class ConferenceUpdateStatus(TwilioEnum):
    """Values of ``conference_update_status``; unknown values are kept, not rejected."""

    COMPLETED = "completed"


class ConnectAppPermission(TwilioEnum):
    """Values of ``connect_app_permission``; unknown values are kept, not rejected."""

    GET_ALL = "get-all"
    POST_ALL = "post-all"


class DependentPhoneNumberAddressRequirement(TwilioEnum):
    """Values of ``dependent_phone_number_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class DependentPhoneNumberEmergencyStatus(TwilioEnum):
    """Values of ``dependent_phone_number_emergency_status``; unknown values are kept, not rejected."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberAddressRequirement(TwilioEnum):
    """Values of ``incoming_phone_number_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberEmergencyAddressStatus(TwilioEnum):
    """Values of ``incoming_phone_number_emergency_address_status``; unknown values are kept, not rejected."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumberEmergencyStatus(TwilioEnum):
    """Values of ``incoming_phone_number_emergency_status``; unknown values are kept, not rejected."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberLocalAddressRequirement(TwilioEnum):
    """Values of ``incoming_phone_number_local_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberLocalEmergencyAddressStatus(TwilioEnum):
    """Values of ``incoming_phone_number_local_emergency_address_status``; unknown values are kept, not rejected."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumberLocalEmergencyStatus(TwilioEnum):
    """Values of ``incoming_phone_number_local_emergency_status``; unknown values are kept, not rejected."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberLocalVoiceReceiveMode(TwilioEnum):
    """Values of ``incoming_phone_number_local_voice_receive_mode``; unknown values are kept, not rejected."""

    VOICE = "voice"
    FAX = "fax"


class IncomingPhoneNumberMobileAddressRequirement(TwilioEnum):
    """Values of ``incoming_phone_number_mobile_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberMobileEmergencyAddressStatus(TwilioEnum):
    """Values of ``incoming_phone_number_mobile_emergency_address_status``; unknown values are kept, not rejected."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumberMobileEmergencyStatus(TwilioEnum):
    """Values of ``incoming_phone_number_mobile_emergency_status``; unknown values are kept, not rejected."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberMobileVoiceReceiveMode(TwilioEnum):
    """Values of ``incoming_phone_number_mobile_voice_receive_mode``; unknown values are kept, not rejected."""

    VOICE = "voice"
    FAX = "fax"


class IncomingPhoneNumberTollFreeAddressRequirement(TwilioEnum):
    """Values of ``incoming_phone_number_toll_free_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberTollFreeEmergencyAddressStatus(TwilioEnum):
    """Values of ``incoming_phone_number_toll_free_emergency_address_status``; unknown values are kept, not rejected."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumberTollFreeEmergencyStatus(TwilioEnum):
    """Values of ``incoming_phone_number_toll_free_emergency_status``; unknown values are kept, not rejected."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberTollFreeVoiceReceiveMode(TwilioEnum):
    """Values of ``incoming_phone_number_toll_free_voice_receive_mode``; unknown values are kept, not rejected."""

    VOICE = "voice"
    FAX = "fax"


class IncomingPhoneNumberVoiceReceiveMode(TwilioEnum):
    """Values of ``incoming_phone_number_voice_receive_mode``; unknown values are kept, not rejected."""

    VOICE = "voice"
    FAX = "fax"


class MessageAddressRetention(TwilioEnum):
    """Values of ``message_address_retention``; unknown values are kept, not rejected."""

    RETAIN = "retain"
    OBFUSCATE = "obfuscate"


class MessageContentRetention(TwilioEnum):
    """Values of ``message_content_retention``; unknown values are kept, not rejected."""

    RETAIN = "retain"
    DISCARD = "discard"


class MessageDirection(TwilioEnum):
    """Values of ``message_direction``; unknown values are kept, not rejected."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


class MessageFeedbackOutcome(TwilioEnum):
    """Values of ``message_feedback_outcome``; unknown values are kept, not rejected."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


class MessageRiskCheck(TwilioEnum):
    """Values of ``message_risk_check``; unknown values are kept, not rejected."""

    ENABLE = "enable"
    DISABLE = "disable"


class MessageScheduleType(TwilioEnum):
    """Values of ``message_schedule_type``; unknown values are kept, not rejected."""

    FIXED = "fixed"


class MessageStatus(TwilioEnum):
    """Values of ``message_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    READ = "read"
    PARTIALLY_DELIVERED = "partially_delivered"
    CANCELED = "canceled"


class MessageTrafficType(TwilioEnum):
    """Values of ``message_traffic_type``; unknown values are kept, not rejected."""

    FREE = "free"


class MessageUpdateStatus(TwilioEnum):
    """Values of ``message_update_status``; unknown values are kept, not rejected."""

    CANCELED = "canceled"


class ParticipantStatus(TwilioEnum):
    """Values of ``participant_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    CONNECTING = "connecting"
    RINGING = "ringing"
    CONNECTED = "connected"
    COMPLETE = "complete"
    FAILED = "failed"


class PaymentsBankAccountType(TwilioEnum):
    """Values of ``payments_bank_account_type``; unknown values are kept, not rejected."""

    CONSUMER_CHECKING = "consumer-checking"
    CONSUMER_SAVINGS = "consumer-savings"
    COMMERCIAL_CHECKING = "commercial-checking"


class PaymentsCapture(TwilioEnum):
    """Values of ``payments_capture``; unknown values are kept, not rejected."""

    PAYMENT_CARD_NUMBER = "payment-card-number"
    EXPIRATION_DATE = "expiration-date"
    SECURITY_CODE = "security-code"
    POSTAL_CODE = "postal-code"
    BANK_ROUTING_NUMBER = "bank-routing-number"
    BANK_ACCOUNT_NUMBER = "bank-account-number"
    PAYMENT_CARD_NUMBER_MATCHER = "payment-card-number-matcher"
    EXPIRATION_DATE_MATCHER = "expiration-date-matcher"
    SECURITY_CODE_MATCHER = "security-code-matcher"
    POSTAL_CODE_MATCHER = "postal-code-matcher"


class PaymentsPaymentMethod(TwilioEnum):
    """Values of ``payments_payment_method``; unknown values are kept, not rejected."""

    CREDIT_CARD = "credit-card"
    ACH_DEBIT = "ach-debit"


class PaymentsStatus(TwilioEnum):
    """Values of ``payments_status``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    CANCEL = "cancel"


class PaymentsTokenType(TwilioEnum):
    """Values of ``payments_token_type``; unknown values are kept, not rejected."""

    ONE_TIME = "one-time"
    REUSABLE = "reusable"
    PAYMENT_METHOD = "payment-method"


class RealtimeTranscriptionStatus(TwilioEnum):
    """Values of ``realtime_transcription_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class RealtimeTranscriptionTrack(TwilioEnum):
    """Values of ``realtime_transcription_track``; unknown values are kept, not rejected."""

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class RealtimeTranscriptionUpdateStatus(TwilioEnum):
    """Values of ``realtime_transcription_update_status``; unknown values are kept, not rejected."""

    STOPPED = "stopped"


class RecordingAddOnResultStatus(TwilioEnum):
    """Values of ``recording_add_on_result_status``; unknown values are kept, not rejected."""

    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INIT = "init"
    PROCESSING = "processing"
    QUEUED = "queued"


class RecordingSource(TwilioEnum):
    """Values of ``recording_source``; unknown values are kept, not rejected."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class RecordingStatus(TwilioEnum):
    """Values of ``recording_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"
    DELETED = "deleted"


class RecordingTranscriptionStatus(TwilioEnum):
    """Values of ``recording_transcription_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


class SiprecStatus(TwilioEnum):
    """Values of ``siprec_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class SiprecTrack(TwilioEnum):
    """Values of ``siprec_track``; unknown values are kept, not rejected."""

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class SiprecUpdateStatus(TwilioEnum):
    """Values of ``siprec_update_status``; unknown values are kept, not rejected."""

    STOPPED = "stopped"


class StreamStatus(TwilioEnum):
    """Values of ``stream_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class StreamTrack(TwilioEnum):
    """Values of ``stream_track``; unknown values are kept, not rejected."""

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class StreamUpdateStatus(TwilioEnum):
    """Values of ``stream_update_status``; unknown values are kept, not rejected."""

    STOPPED = "stopped"


class TranscriptionStatus(TwilioEnum):
    """Values of ``transcription_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


class UsageTriggerRecurring(TwilioEnum):
    """Values of ``usage_trigger_recurring``; unknown values are kept, not rejected."""

    DAILY = "daily"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    ALLTIME = "alltime"


class UsageTriggerTriggerField(TwilioEnum):
    """Values of ``usage_trigger_trigger_field``; unknown values are kept, not rejected."""

    COUNT = "count"
    USAGE = "usage"
    PRICE = "price"
