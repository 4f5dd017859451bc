# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""The video domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.composition_hooks import CompositionHookList
    from .v1.composition_settings import CompositionSettingsList
    from .v1.compositions import CompositionList
    from .v1.recording_settings import RecordingSettingsList
    from .v1.recordings import RecordingList
    from .v1.rooms import RoomList


class Video(Domain):
    """The ``video.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def composition_hooks(self) -> CompositionHookList:
        """``v1.composition_hooks`` (twilio-python's domain-level name)."""
        return self.v1.composition_hooks

    @property
    def composition_settings(self) -> CompositionSettingsList:
        """``v1.composition_settings`` (twilio-python's domain-level name)."""
        return self.v1.composition_settings

    @property
    def compositions(self) -> CompositionList:
        """``v1.compositions`` (twilio-python's domain-level name)."""
        return self.v1.compositions

    @property
    def recording_settings(self) -> RecordingSettingsList:
        """``v1.recording_settings`` (twilio-python's domain-level name)."""
        return self.v1.recording_settings

    @property
    def recordings(self) -> RecordingList:
        """``v1.recordings`` (twilio-python's domain-level name)."""
        return self.v1.recordings

    @property
    def rooms(self) -> RoomList:
        """``v1.rooms`` (twilio-python's domain-level name)."""
        return self.v1.rooms
