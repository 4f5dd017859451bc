# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Response models of supersim v1, loaded on first access: ``from twilio_async.rest.supersim.v1.types import BillingPeriod``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .esim_profiles import EsimProfile as EsimProfile
    from .fleets import Fleet as Fleet
    from .ip_commands import IpCommand as IpCommand
    from .network_access_profiles import NetworkAccessProfile as NetworkAccessProfile
    from .network_access_profiles_networks import (
        NetworkAccessProfileNetwork as NetworkAccessProfileNetwork,
    )
    from .networks import Network as Network
    from .settings_updates import SettingsUpdate as SettingsUpdate
    from .sims import Sim as Sim
    from .sims_billing_periods import BillingPeriod as BillingPeriod
    from .sims_sim_ip_addresses import SimIpAddress as SimIpAddress
    from .sms_commands import SmsCommand as SmsCommand
    from .usage_records import UsageRecord as UsageRecord

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "BillingPeriod": ".sims_billing_periods",
    "EsimProfile": ".esim_profiles",
    "Fleet": ".fleets",
    "IpCommand": ".ip_commands",
    "Network": ".networks",
    "NetworkAccessProfile": ".network_access_profiles",
    "NetworkAccessProfileNetwork": ".network_access_profiles_networks",
    "SettingsUpdate": ".settings_updates",
    "Sim": ".sims",
    "SimIpAddress": ".sims_sim_ip_addresses",
    "SmsCommand": ".sms_commands",
    "UsageRecord": ".usage_records",
}
__all__ = [
    "BillingPeriod",
    "EsimProfile",
    "Fleet",
    "IpCommand",
    "Network",
    "NetworkAccessProfile",
    "NetworkAccessProfileNetwork",
    "SettingsUpdate",
    "Sim",
    "SimIpAddress",
    "SmsCommand",
    "UsageRecord",
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
