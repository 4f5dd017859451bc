# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""insights v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .call_summaries import CallSummariesList
    from .calls import CallList
    from .conferences import ConferenceList
    from .rooms import VideoRoomSummaryList
    from .settings import AccountSettingsList


class V1(Version):
    """``insights`` v1 (json-v1)."""

    domain = "insights"
    dialect_name = "json-v1"
    call_summaries: Root[CallSummariesList] = Root(".call_summaries", "CallSummariesList")
    calls: Root[CallList] = Root(".calls", "CallList")
    conferences: Root[ConferenceList] = Root(".conferences", "ConferenceList")
    rooms: Root[VideoRoomSummaryList] = Root(".rooms", "VideoRoomSummaryList")
    settings: Root[AccountSettingsList] = Root(".settings", "AccountSettingsList")
