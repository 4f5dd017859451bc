# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Response models of insights v1, loaded on first access: ``from twilio_async.rest.insights.v1.types import AccountSettings``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call_summaries import CallSummaries as CallSummaries
    from .calls import Call as Call
    from .calls_annotation import Annotation as Annotation
    from .calls_events import Event as Event
    from .calls_metrics import Metric as Metric
    from .calls_summary import CallSummary as CallSummary
    from .conferences import Conference as Conference
    from .conferences_conference_participants import ConferenceParticipant as ConferenceParticipant
    from .rooms import VideoRoomSummary as VideoRoomSummary
    from .rooms_participants import VideoParticipantSummary as VideoParticipantSummary
    from .settings import AccountSettings as AccountSettings

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AccountSettings": ".settings",
    "Annotation": ".calls_annotation",
    "Call": ".calls",
    "CallSummaries": ".call_summaries",
    "CallSummary": ".calls_summary",
    "Conference": ".conferences",
    "ConferenceParticipant": ".conferences_conference_participants",
    "Event": ".calls_events",
    "Metric": ".calls_metrics",
    "VideoParticipantSummary": ".rooms_participants",
    "VideoRoomSummary": ".rooms",
}
__all__ = [
    "AccountSettings",
    "Annotation",
    "Call",
    "CallSummaries",
    "CallSummary",
    "Conference",
    "ConferenceParticipant",
    "Event",
    "Metric",
    "VideoParticipantSummary",
    "VideoRoomSummary",
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
