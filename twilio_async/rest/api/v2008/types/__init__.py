# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Response models of api v2008, loaded on first access: ``from twilio_async.rest.api.v2008.types import Account``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import Account as Account
    from .accounts_calls import Call as Call
    from .accounts_calls_notifications import CallNotification as CallNotification
    from .accounts_calls_recordings import CallRecording as CallRecording
    from .accounts_calls_segments import CallSegment as CallSegment
    from .accounts_conferences import Conference as Conference
    from .accounts_conferences_participants import Participant as Participant
    from .accounts_incoming_phone_numbers import IncomingPhoneNumber as IncomingPhoneNumber
    from .accounts_incoming_phone_numbers_local import (
        LocalIncomingPhoneNumber as LocalIncomingPhoneNumber,
    )
    from .accounts_incoming_phone_numbers_toll_free import (
        TollFreeIncomingPhoneNumber as TollFreeIncomingPhoneNumber,
    )
    from .accounts_notifications import Notification as Notification
    from .accounts_outgoing_caller_ids import OutgoingCallerId as OutgoingCallerId
    from .accounts_outgoing_caller_ids import ValidationRequest as ValidationRequest
    from .accounts_recordings import Recording as Recording
    from .accounts_recordings_transcriptions import Transcription as Transcription
    from .accounts_sms import Sms as Sms
    from .accounts_sms_messages import SmsMessage as SmsMessage
    from .accounts_transcriptions import AccountTranscription as AccountTranscription

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Account": ".accounts",
    "AccountTranscription": ".accounts_transcriptions",
    "Call": ".accounts_calls",
    "CallNotification": ".accounts_calls_notifications",
    "CallRecording": ".accounts_calls_recordings",
    "CallSegment": ".accounts_calls_segments",
    "Conference": ".accounts_conferences",
    "IncomingPhoneNumber": ".accounts_incoming_phone_numbers",
    "LocalIncomingPhoneNumber": ".accounts_incoming_phone_numbers_local",
    "Notification": ".accounts_notifications",
    "OutgoingCallerId": ".accounts_outgoing_caller_ids",
    "Participant": ".accounts_conferences_participants",
    "Recording": ".accounts_recordings",
    "Sms": ".accounts_sms",
    "SmsMessage": ".accounts_sms_messages",
    "TollFreeIncomingPhoneNumber": ".accounts_incoming_phone_numbers_toll_free",
    "Transcription": ".accounts_recordings_transcriptions",
    "ValidationRequest": ".accounts_outgoing_caller_ids",
}
__all__ = [
    "Account",
    "AccountTranscription",
    "Call",
    "CallNotification",
    "CallRecording",
    "CallSegment",
    "Conference",
    "IncomingPhoneNumber",
    "LocalIncomingPhoneNumber",
    "Notification",
    "OutgoingCallerId",
    "Participant",
    "Recording",
    "Sms",
    "SmsMessage",
    "TollFreeIncomingPhoneNumber",
    "Transcription",
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
