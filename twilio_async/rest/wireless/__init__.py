# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""The wireless domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.commands import CommandList
    from .v1.rate_plans import RatePlanList
    from .v1.sims import SimList
    from .v1.usage_records import AccountUsageRecordList


class Wireless(Domain):
    """The ``wireless.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def commands(self) -> CommandList:
        """``v1.commands`` (twilio-python's domain-level name)."""
        return self.v1.commands

    @property
    def rate_plans(self) -> RatePlanList:
        """``v1.rate_plans`` (twilio-python's domain-level name)."""
        return self.v1.rate_plans

    @property
    def sims(self) -> SimList:
        """``v1.sims`` (twilio-python's domain-level name)."""
        return self.v1.sims

    @property
    def usage_records(self) -> AccountUsageRecordList:
        """``v1.usage_records`` (twilio-python's domain-level name)."""
        return self.v1.usage_records
