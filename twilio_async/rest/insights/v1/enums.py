# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Enums of insights v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AnnotationAnsweredBy(TwilioEnum):
    """Values of ``annotation_answered_by``; unknown values are kept, not rejected."""

    UNKNOWN_ANSWERED_BY = "unknown_answered_by"
    HUMAN = "human"
    MACHINE = "machine"


class AnnotationConnectivityIssue(TwilioEnum):
    """Values of ``annotation_connectivity_issue``; unknown values are kept, not rejected."""

    UNKNOWN_CONNECTIVITY_ISSUE = "unknown_connectivity_issue"
    NO_CONNECTIVITY_ISSUE = "no_connectivity_issue"
    INVALID_NUMBER = "invalid_number"
    CALLER_ID = "caller_id"
    DROPPED_CALL = "dropped_call"
    NUMBER_REACHABILITY = "number_reachability"


class CallSummariesAnsweredBy(TwilioEnum):
    """Values of ``call_summaries_answered_by``; unknown values are kept, not rejected."""

    UNKNOWN = "unknown"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    HUMAN = "human"
    FAX = "fax"


class CallSummariesCallState(TwilioEnum):
    """Values of ``call_summaries_call_state``; unknown values are kept, not rejected."""

    RINGING = "ringing"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    CANCELED = "canceled"
    ANSWERED = "answered"
    UNDIALED = "undialed"


class CallSummariesCallType(TwilioEnum):
    """Values of ``call_summaries_call_type``; unknown values are kept, not rejected."""

    CARRIER = "carrier"
    SIP = "sip"
    TRUNKING = "trunking"
    CLIENT = "client"
    WHATSAPP = "whatsapp"


class CallSummariesProcessingState(TwilioEnum):
    """Values of ``call_summaries_processing_state``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    PARTIAL = "partial"


class CallSummariesProcessingStateRequest(TwilioEnum):
    """Values of ``call_summaries_processing_state_request``; unknown values are kept, not rejected."""

    COMPLETED = "completed"
    STARTED = "started"
    PARTIAL = "partial"
    ALL = "all"


class CallSummariesSortBy(TwilioEnum):
    """Values of ``call_summaries_sort_by``; unknown values are kept, not rejected."""

    START_TIME = "start_time"
    END_TIME = "end_time"


class ConferenceConferenceEndReason(TwilioEnum):
    """Values of ``conference_conference_end_reason``; unknown values are kept, not rejected."""

    LAST_PARTICIPANT_LEFT = "last_participant_left"
    CONFERENCE_ENDED_VIA_API = "conference_ended_via_api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant_with_end_conference_on_exit_left"
    LAST_PARTICIPANT_KICKED = "last_participant_kicked"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant_with_end_conference_on_exit_kicked"
    )


class ConferenceConferenceStatus(TwilioEnum):
    """Values of ``conference_conference_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    COMPLETED = "completed"
    SUMMARY_TIMEOUT = "summary_timeout"


class ConferenceParticipantCallDirection(TwilioEnum):
    """Values of ``conference_participant_call_direction``; unknown values are kept, not rejected."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ConferenceParticipantCallStatus(TwilioEnum):
    """Values of ``conference_participant_call_status``; unknown values are kept, not rejected."""

    ANSWERED = "answered"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    RINGING = "ringing"
    CANCELED = "canceled"


class ConferenceParticipantCallType(TwilioEnum):
    """Values of ``conference_participant_call_type``; unknown values are kept, not rejected."""

    CARRIER = "carrier"
    CLIENT = "client"
    SIP = "sip"


class ConferenceParticipantJitterBufferSize(TwilioEnum):
    """Values of ``conference_participant_jitter_buffer_size``; unknown values are kept, not rejected."""

    LARGE = "large"
    SMALL = "small"
    MEDIUM = "medium"
    OFF = "off"


class ConferenceParticipantProcessingState(TwilioEnum):
    """Values of ``conference_participant_processing_state``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    TIMEOUT = "timeout"


class ConferenceParticipantRegion(TwilioEnum):
    """Values of ``conference_participant_region``; unknown values are kept, not rejected."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    DE1 = "de1"
    IN1 = "in1"


class ConferenceProcessingState(TwilioEnum):
    """Values of ``conference_processing_state``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    TIMEOUT = "timeout"


class ConferenceRegion(TwilioEnum):
    """Values of ``conference_region``; unknown values are kept, not rejected."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    DE1 = "de1"
    IN1 = "in1"


class ConferenceTag(TwilioEnum):
    """Values of ``conference_tag``; unknown values are kept, not rejected."""

    INVALID_REQUESTED_REGION = "invalid_requested_region"
    DUPLICATE_IDENTITY = "duplicate_identity"
    START_FAILURE = "start_failure"
    REGION_CONFIGURATION_ISSUES = "region_configuration_issues"
    QUALITY_WARNINGS = "quality_warnings"
    PARTICIPANT_BEHAVIOR_ISSUES = "participant_behavior_issues"
    HIGH_PACKET_LOSS = "high_packet_loss"
    HIGH_JITTER = "high_jitter"
    HIGH_LATENCY = "high_latency"
    LOW_MOS = "low_mos"
    DETECTED_SILENCE = "detected_silence"
    NO_CONCURRENT_PARTICIPANTS = "no_concurrent_participants"


class EventLevel(TwilioEnum):
    """Values of ``event_level``; unknown values are kept, not rejected."""

    UNKNOWN = "UNKNOWN"
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


class EventTwilioEdge(TwilioEnum):
    """Values of ``event_twilio_edge``; unknown values are kept, not rejected."""

    UNKNOWN_EDGE = "unknown_edge"
    CARRIER_EDGE = "carrier_edge"
    SIP_EDGE = "sip_edge"
    SDK_EDGE = "sdk_edge"
    CLIENT_EDGE = "client_edge"


class MetricStreamDirection(TwilioEnum):
    """Values of ``metric_stream_direction``; unknown values are kept, not rejected."""

    UNKNOWN = "unknown"
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


class MetricTwilioEdge(TwilioEnum):
    """Values of ``metric_twilio_edge``; unknown values are kept, not rejected."""

    UNKNOWN_EDGE = "unknown_edge"
    CARRIER_EDGE = "carrier_edge"
    SIP_EDGE = "sip_edge"
    SDK_EDGE = "sdk_edge"
    CLIENT_EDGE = "client_edge"


class SummaryAnsweredBy(TwilioEnum):
    """Values of ``summary_answered_by``; unknown values are kept, not rejected."""

    UNKNOWN = "unknown"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    HUMAN = "human"
    FAX = "fax"


class SummaryCallState(TwilioEnum):
    """Values of ``summary_call_state``; unknown values are kept, not rejected."""

    RINGING = "ringing"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    CANCELED = "canceled"
    ANSWERED = "answered"
    UNDIALED = "undialed"


class SummaryCallType(TwilioEnum):
    """Values of ``summary_call_type``; unknown values are kept, not rejected."""

    CARRIER = "carrier"
    SIP = "sip"
    TRUNKING = "trunking"
    CLIENT = "client"
    WHATSAPP = "whatsapp"


class SummaryProcessingState(TwilioEnum):
    """Values of ``summary_processing_state``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    PARTIAL = "partial"


class VideoParticipantSummaryCodec(TwilioEnum):
    """Values of ``video_participant_summary_codec``; unknown values are kept, not rejected."""

    VP8 = "VP8"
    H264 = "H264"
    VP9 = "VP9"
    OPUS = "opus"


class VideoParticipantSummaryEdgeLocation(TwilioEnum):
    """Values of ``video_participant_summary_edge_location``; unknown values are kept, not rejected."""

    ASHBURN = "ashburn"
    DUBLIN = "dublin"
    FRANKFURT = "frankfurt"
    SINGAPORE = "singapore"
    SYDNEY = "sydney"
    SAO_PAULO = "sao_paulo"
    ROAMING = "roaming"
    UMATILLA = "umatilla"
    TOKYO = "tokyo"


class VideoParticipantSummaryRoomStatus(TwilioEnum):
    """Values of ``video_participant_summary_room_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in_progress"
    CONNECTED = "connected"
    COMPLETED = "completed"
    DISCONNECTED = "disconnected"


class VideoParticipantSummaryTwilioRealm(TwilioEnum):
    """Values of ``video_participant_summary_twilio_realm``; unknown values are kept, not rejected."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    IN1 = "in1"
    DE1 = "de1"
    GLL = "gll"


class VideoRoomSummaryCodec(TwilioEnum):
    """Values of ``video_room_summary_codec``; unknown values are kept, not rejected."""

    VP8 = "VP8"
    H264 = "H264"
    VP9 = "VP9"
    OPUS = "opus"


class VideoRoomSummaryCreatedMethod(TwilioEnum):
    """Values of ``video_room_summary_created_method``; unknown values are kept, not rejected."""

    SDK = "sdk"
    AD_HOC = "ad_hoc"
    API = "api"


class VideoRoomSummaryEdgeLocation(TwilioEnum):
    """Values of ``video_room_summary_edge_location``; unknown values are kept, not rejected."""

    ASHBURN = "ashburn"
    DUBLIN = "dublin"
    FRANKFURT = "frankfurt"
    SINGAPORE = "singapore"
    SYDNEY = "sydney"
    SAO_PAULO = "sao_paulo"
    ROAMING = "roaming"
    UMATILLA = "umatilla"
    TOKYO = "tokyo"


class VideoRoomSummaryEndReason(TwilioEnum):
    """Values of ``video_room_summary_end_reason``; unknown values are kept, not rejected."""

    ROOM_ENDED_VIA_API = "room_ended_via_api"
    TIMEOUT = "timeout"


class VideoRoomSummaryProcessingState(TwilioEnum):
    """Values of ``video_room_summary_processing_state``; unknown values are kept, not rejected."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    TIMEOUT = "timeout"
    NOT_STARTED = "not_started"


class VideoRoomSummaryRoomStatus(TwilioEnum):
    """Values of ``video_room_summary_room_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class VideoRoomSummaryRoomType(TwilioEnum):
    """Values of ``video_room_summary_room_type``; unknown values are kept, not rejected."""

    GO = "go"
    PEER_TO_PEER = "peer_to_peer"
    GROUP = "group"
    GROUP_SMALL = "group_small"


class VideoRoomSummaryTwilioRealm(TwilioEnum):
    """Values of ``video_room_summary_twilio_realm``; unknown values are kept, not rejected."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    IN1 = "in1"
    DE1 = "de1"
    GLL = "gll"
