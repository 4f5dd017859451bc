# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Enums of video v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class CompositionFormat(TwilioEnum):
    """Values of ``composition_format``; unknown values are kept, not rejected."""

    MP4 = "mp4"
    WEBM = "webm"


class CompositionHookFormat(TwilioEnum):
    """Values of ``composition_hook_format``; unknown values are kept, not rejected."""

    MP4 = "mp4"
    WEBM = "webm"


class CompositionStatus(TwilioEnum):
    """Values of ``composition_status``; unknown values are kept, not rejected."""

    ENQUEUED = "enqueued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


class RecordingCodec(TwilioEnum):
    """Values of ``recording_codec``; unknown values are kept, not rejected."""

    VP8 = "VP8"
    H264 = "H264"
    OPUS = "OPUS"
    PCMU = "PCMU"


class RecordingFormat(TwilioEnum):
    """Values of ``recording_format``; unknown values are kept, not rejected."""

    MKA = "mka"
    MKV = "mkv"


class RecordingStatus(TwilioEnum):
    """Values of ``recording_status``; unknown values are kept, not rejected."""

    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


class RecordingType(TwilioEnum):
    """Values of ``recording_type``; unknown values are kept, not rejected."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


class RoomParticipantAnonymizeStatus(TwilioEnum):
    """Values of ``room_participant_anonymize_status``; unknown values are kept, not rejected."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


class RoomParticipantPublishedTrackKind(TwilioEnum):
    """Values of ``room_participant_published_track_kind``; unknown values are kept, not rejected."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


class RoomParticipantStatus(TwilioEnum):
    """Values of ``room_participant_status``; unknown values are kept, not rejected."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    RECONNECTING = "reconnecting"


class RoomParticipantSubscribedTrackKind(TwilioEnum):
    """Values of ``room_participant_subscribed_track_kind``; unknown values are kept, not rejected."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


class RoomRecordingCodec(TwilioEnum):
    """Values of ``room_recording_codec``; unknown values are kept, not rejected."""

    VP8 = "VP8"
    H264 = "H264"
    OPUS = "OPUS"
    PCMU = "PCMU"


class RoomRecordingFormat(TwilioEnum):
    """Values of ``room_recording_format``; unknown values are kept, not rejected."""

    MKA = "mka"
    MKV = "mkv"


class RoomRecordingStatus(TwilioEnum):
    """Values of ``room_recording_status``; unknown values are kept, not rejected."""

    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


class RoomRecordingType(TwilioEnum):
    """Values of ``room_recording_type``; unknown values are kept, not rejected."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


class RoomRoomStatus(TwilioEnum):
    """Values of ``room_room_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


class RoomRoomType(TwilioEnum):
    """Values of ``room_room_type``; unknown values are kept, not rejected."""

    GROUP = "group"
    GO = "go"
    PEER_TO_PEER = "peer-to-peer"
    GROUP_SMALL = "group-small"


class RoomTranscriptionsStatus(TwilioEnum):
    """Values of ``room_transcriptions_status``; unknown values are kept, not rejected."""

    STARTED = "started"
    STOPPED = "stopped"
    FAILED = "failed"


class RoomVideoCodec(TwilioEnum):
    """Values of ``room_video_codec``; unknown values are kept, not rejected."""

    VP8 = "VP8"
    H264 = "H264"
