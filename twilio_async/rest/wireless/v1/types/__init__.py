# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""Response models of wireless v1, loaded on first access: ``from twilio_async.rest.wireless.v1.types import AccountUsageRecord``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .commands import Command as Command
    from .rate_plans import RatePlan as RatePlan
    from .sims import Sim as Sim
    from .sims_data_sessions import DataSession as DataSession
    from .sims_usage_records import UsageRecord as UsageRecord
    from .usage_records import AccountUsageRecord as AccountUsageRecord

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AccountUsageRecord": ".usage_records",
    "Command": ".commands",
    "DataSession": ".sims_data_sessions",
    "RatePlan": ".rate_plans",
    "Sim": ".sims",
    "UsageRecord": ".sims_usage_records",
}
__all__ = [
    "AccountUsageRecord",
    "Command",
    "DataSession",
    "RatePlan",
    "Sim",
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
