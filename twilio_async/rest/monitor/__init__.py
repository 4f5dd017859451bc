# Generated from specs/monitor_v1.yaml, specs/monitor_v2.yaml by `make codegen`; do not edit.
"""The monitor domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.alerts import AlertInstanceList
    from .v1.events import EventList
    from .v2 import V2
    from .v2.alarms import AlarmBodyList
    from .v2.status import StatusList


class Monitor(Domain):
    """The ``monitor.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def alarms(self) -> AlarmBodyList:
        """``v2.alarms`` (twilio-python's domain-level name)."""
        return self.v2.alarms

    @property
    def alerts(self) -> AlertInstanceList:
        """``v1.alerts`` (twilio-python's domain-level name)."""
        return self.v1.alerts

    @property
    def events(self) -> EventList:
        """``v1.events`` (twilio-python's domain-level name)."""
        return self.v1.events

    @property
    def status(self) -> StatusList:
        """``v2.status`` (twilio-python's domain-level name)."""
        return self.v2.status
