# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Enums of api v2008."""

from __future__ import annotations

from twilio_async._types import TwilioEnum, TwilioIntEnum


class AccountStatus(TwilioIntEnum):
    """Values of ``account_status``; unknown values are kept, not rejected."""

    INACTIVE = 1
    ACTIVE = 2
    SUSPENDED = 4
    SUSPENDED_16 = 16
    SUSPENDED_32 = 32


class CallIfMachine(TwilioEnum):
    """Values of ``call_if_machine``; unknown values are kept, not rejected."""

    CONTINUE = "Continue"
    HANGUP = "Hangup"


class CallStatus(TwilioIntEnum):
    """Values of ``call_status``; unknown values are kept, not rejected."""

    NOT_DIALED = 0
    IN_PROGRESS = 1
    COMPLETE = 2
    BUSY = 3
    APPLICATION_ERROR = 4
    NO_ANSWER = 5


class ConferenceStatus(TwilioIntEnum):
    """Values of ``conference_status``; unknown values are kept, not rejected."""

    INIT = 0
    IN_PROGRESS = 1
    COMPLETED = 2


class NotificationLog(TwilioIntEnum):
    """Values of ``notification_log``; unknown values are kept, not rejected."""

    ERROR = 0
    WARNING = 1


class SmsStatus(TwilioEnum):
    """Values of ``sms_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class TranscriptionStatus(TwilioEnum):
    """Values of ``transcription_status``; unknown values are kept, not rejected."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"
