# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""Response models of marketplace v1, loaded on first access: ``from twilio_async.rest.marketplace.v1.types import AvailableAddOn``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .available_add_ons import AvailableAddOn as AvailableAddOn
    from .available_add_ons_extensions import AvailableAddOnExtension as AvailableAddOnExtension
    from .installed_add_ons import InstalledAddOn as InstalledAddOn
    from .installed_add_ons_extensions import InstalledAddOnExtension as InstalledAddOnExtension
    from .installed_add_ons_usage import InstalledAddOnUsage as InstalledAddOnUsage
    from .module_data import ModuleData as ModuleData
    from .module_data_management import ModuleDataManagement as ModuleDataManagement
    from .referral_conversion import ReferralConversion as ReferralConversion

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AvailableAddOn": ".available_add_ons",
    "AvailableAddOnExtension": ".available_add_ons_extensions",
    "InstalledAddOn": ".installed_add_ons",
    "InstalledAddOnExtension": ".installed_add_ons_extensions",
    "InstalledAddOnUsage": ".installed_add_ons_usage",
    "ModuleData": ".module_data",
    "ModuleDataManagement": ".module_data_management",
    "ReferralConversion": ".referral_conversion",
}
__all__ = [
    "AvailableAddOn",
    "AvailableAddOnExtension",
    "InstalledAddOn",
    "InstalledAddOnExtension",
    "InstalledAddOnUsage",
    "ModuleData",
    "ModuleDataManagement",
    "ReferralConversion",
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
