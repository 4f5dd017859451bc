# Generated from specs/insights_v1.yaml, specs/insights_v2.yaml by `make codegen`; do not edit.
"""The insights domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.call_summaries import CallSummariesList
    from .v1.calls import CallList
    from .v1.conferences import ConferenceList
    from .v1.rooms import VideoRoomSummaryList
    from .v1.settings import AccountSettingsList
    from .v2 import V2
    from .v2.inbound import InboundPhoneNumbersReportList
    from .v2.outbound import OutboundPhoneNumbersReportList
    from .v2.reports import AccountReportList


class Insights(Domain):
    """The ``insights.twilio.com`` domain."""

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
    def call_summaries(self) -> CallSummariesList:
        """``v1.call_summaries`` (twilio-python's domain-level name)."""
        return self.v1.call_summaries

    @property
    def calls(self) -> CallList:
        """``v1.calls`` (twilio-python's domain-level name)."""
        return self.v1.calls

    @property
    def conferences(self) -> ConferenceList:
        """``v1.conferences`` (twilio-python's domain-level name)."""
        return self.v1.conferences

    @property
    def inbound(self) -> InboundPhoneNumbersReportList:
        """``v2.inbound`` (twilio-python's domain-level name)."""
        return self.v2.inbound

    @property
    def outbound(self) -> OutboundPhoneNumbersReportList:
        """``v2.outbound`` (twilio-python's domain-level name)."""
        return self.v2.outbound

    @property
    def reports(self) -> AccountReportList:
        """``v2.reports`` (twilio-python's domain-level name)."""
        return self.v2.reports

    @property
    def rooms(self) -> VideoRoomSummaryList:
        """``v1.rooms`` (twilio-python's domain-level name)."""
        return self.v1.rooms

    @property
    def settings(self) -> AccountSettingsList:
        """``v1.settings`` (twilio-python's domain-level name)."""
        return self.v1.settings
