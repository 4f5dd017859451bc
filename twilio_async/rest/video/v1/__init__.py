# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""video v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .composition_hooks import CompositionHookList
    from .composition_settings import CompositionSettingsList
    from .compositions import CompositionList
    from .recording_settings import RecordingSettingsList
    from .recordings import RecordingList
    from .rooms import RoomList


class V1(Version):
    """``video`` v1 (json-v1)."""

    domain = "video"
    dialect_name = "json-v1"
    composition_hooks: Root[CompositionHookList] = Root(".composition_hooks", "CompositionHookList")
    composition_settings: Root[CompositionSettingsList] = Root(
        ".composition_settings", "CompositionSettingsList"
    )
    compositions: Root[CompositionList] = Root(".compositions", "CompositionList")
    recording_settings: Root[RecordingSettingsList] = Root(
        ".recording_settings", "RecordingSettingsList"
    )
    recordings: Root[RecordingList] = Root(".recordings", "RecordingList")
    rooms: Root[RoomList] = Root(".rooms", "RoomList")
