# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""The supersim domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.esim_profiles import EsimProfileList
    from .v1.fleets import FleetList
    from .v1.ip_commands import IpCommandList
    from .v1.network_access_profiles import NetworkAccessProfileList
    from .v1.networks import NetworkList
    from .v1.settings_updates import SettingsUpdateList
    from .v1.sims import SimList
    from .v1.sms_commands import SmsCommandList
    from .v1.usage_records import UsageRecordList


class Supersim(Domain):
    """The ``supersim.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def esim_profiles(self) -> EsimProfileList:
        """``v1.esim_profiles`` (twilio-python's domain-level name)."""
        return self.v1.esim_profiles

    @property
    def fleets(self) -> FleetList:
        """``v1.fleets`` (twilio-python's domain-level name)."""
        return self.v1.fleets

    @property
    def ip_commands(self) -> IpCommandList:
        """``v1.ip_commands`` (twilio-python's domain-level name)."""
        return self.v1.ip_commands

    @property
    def network_access_profiles(self) -> NetworkAccessProfileList:
        """``v1.network_access_profiles`` (twilio-python's domain-level name)."""
        return self.v1.network_access_profiles

    @property
    def networks(self) -> NetworkList:
        """``v1.networks`` (twilio-python's domain-level name)."""
        return self.v1.networks

    @property
    def settings_updates(self) -> SettingsUpdateList:
        """``v1.settings_updates`` (twilio-python's domain-level name)."""
        return self.v1.settings_updates

    @property
    def sims(self) -> SimList:
        """``v1.sims`` (twilio-python's domain-level name)."""
        return self.v1.sims

    @property
    def sms_commands(self) -> SmsCommandList:
        """``v1.sms_commands`` (twilio-python's domain-level name)."""
        return self.v1.sms_commands

    @property
    def usage_records(self) -> UsageRecordList:
        """``v1.usage_records`` (twilio-python's domain-level name)."""
        return self.v1.usage_records
