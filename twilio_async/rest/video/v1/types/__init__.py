# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Response models of video v1, loaded on first access: ``from twilio_async.rest.video.v1.types import Composition``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .composition_hooks import CompositionHook as CompositionHook
    from .composition_settings import CompositionSettings as CompositionSettings
    from .compositions import Composition as Composition
    from .recording_settings import RecordingSettings as RecordingSettings
    from .recordings import Recording as Recording
    from .rooms import Room as Room
    from .rooms_participants import RoomParticipant as RoomParticipant
    from .rooms_participants_anonymize import RoomParticipantAnonymize as RoomParticipantAnonymize
    from .rooms_participants_published_tracks import (
        RoomParticipantPublishedTrack as RoomParticipantPublishedTrack,
    )
    from .rooms_participants_subscribe_rules import SubscribeRules as SubscribeRules
    from .rooms_participants_subscribed_tracks import (
        RoomParticipantSubscribedTrack as RoomParticipantSubscribedTrack,
    )
    from .rooms_recording_rules import RecordingRules as RecordingRules
    from .rooms_recordings import RoomRecording as RoomRecording
    from .rooms_transcriptions import Transcriptions as Transcriptions

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Composition": ".compositions",
    "CompositionHook": ".composition_hooks",
    "CompositionSettings": ".composition_settings",
    "Recording": ".recordings",
    "RecordingRules": ".rooms_recording_rules",
    "RecordingSettings": ".recording_settings",
    "Room": ".rooms",
    "RoomParticipant": ".rooms_participants",
    "RoomParticipantAnonymize": ".rooms_participants_anonymize",
    "RoomParticipantPublishedTrack": ".rooms_participants_published_tracks",
    "RoomParticipantSubscribedTrack": ".rooms_participants_subscribed_tracks",
    "RoomRecording": ".rooms_recordings",
    "SubscribeRules": ".rooms_participants_subscribe_rules",
    "Transcriptions": ".rooms_transcriptions",
}
__all__ = [
    "Composition",
    "CompositionHook",
    "CompositionSettings",
    "Recording",
    "RecordingRules",
    "RecordingSettings",
    "Room",
    "RoomParticipant",
    "RoomParticipantAnonymize",
    "RoomParticipantPublishedTrack",
    "RoomParticipantSubscribedTrack",
    "RoomRecording",
    "SubscribeRules",
    "Transcriptions",
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
