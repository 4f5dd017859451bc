# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""monitor v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .alarms import AlarmBodyList
    from .status import StatusList


class V2(Version):
    """``monitor`` v2 (json-v1)."""

    domain = "monitor"
    dialect_name = "json-v1"
    alarms: Root[AlarmBodyList] = Root(".alarms", "AlarmBodyList")
    status: Root[StatusList] = Root(".status", "StatusList")
