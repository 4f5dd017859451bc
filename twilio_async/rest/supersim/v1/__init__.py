# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""supersim v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .esim_profiles import EsimProfileList
    from .fleets import FleetList
    from .ip_commands import IpCommandList
    from .network_access_profiles import NetworkAccessProfileList
    from .networks import NetworkList
    from .settings_updates import SettingsUpdateList
    from .sims import SimList
    from .sms_commands import SmsCommandList
    from .usage_records import UsageRecordList


class V1(Version):
    """``supersim`` v1 (json-v1)."""

    domain = "supersim"
    dialect_name = "json-v1"
    esim_profiles: Root[EsimProfileList] = Root(".esim_profiles", "EsimProfileList")
    fleets: Root[FleetList] = Root(".fleets", "FleetList")
    ip_commands: Root[IpCommandList] = Root(".ip_commands", "IpCommandList")
    network_access_profiles: Root[NetworkAccessProfileList] = Root(
        ".network_access_profiles", "NetworkAccessProfileList"
    )
    networks: Root[NetworkList] = Root(".networks", "NetworkList")
    settings_updates: Root[SettingsUpdateList] = Root(".settings_updates", "SettingsUpdateList")
    sims: Root[SimList] = Root(".sims", "SimList")
    sms_commands: Root[SmsCommandList] = Root(".sms_commands", "SmsCommandList")
    usage_records: Root[UsageRecordList] = Root(".usage_records", "UsageRecordList")
