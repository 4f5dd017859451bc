# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Enums of trunking v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class PhoneNumberAddressRequirement(TwilioEnum):
    """Values of ``phone_number_address_requirement``; unknown values are kept, not rejected."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class RecordingRecordingMode(TwilioEnum):
    """Values of ``recording_recording_mode``; unknown values are kept, not rejected."""

    DO_NOT_RECORD = "do-not-record"
    RECORD_FROM_RINGING = "record-from-ringing"
    RECORD_FROM_ANSWER = "record-from-answer"
    RECORD_FROM_RINGING_DUAL = "record-from-ringing-dual"
    RECORD_FROM_ANSWER_DUAL = "record-from-answer-dual"


class RecordingRecordingTrim(TwilioEnum):
    """Values of ``recording_recording_trim``; unknown values are kept, not rejected."""

    TRIM_SILENCE = "trim-silence"
    DO_NOT_TRIM = "do-not-trim"


class TrunkTransferCallerId(TwilioEnum):
    """Values of ``trunk_transfer_caller_id``; unknown values are kept, not rejected."""

    FROM_TRANSFEREE = "from-transferee"
    FROM_TRANSFEROR = "from-transferor"


class TrunkTransferSetting(TwilioEnum):
    """Values of ``trunk_transfer_setting``; unknown values are kept, not rejected."""

    DISABLE_ALL = "disable-all"
    ENABLE_ALL = "enable-all"
    SIP_ONLY = "sip-only"
