# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Response models of preview marketplace, loaded on first access: ``from twilio_async.rest.preview.marketplace.types import AvailableAddOn``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .available_add_ons import AvailableAddOn as AvailableAddOn
    from .available_add_ons_extensions import AvailableAddOnExtension as AvailableAddOnExtension
    from .installed_add_ons import InstalledAddOn as InstalledAddOn
    from .installed_add_ons_extensions import InstalledAddOnExtension as InstalledAddOnExtension

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AvailableAddOn": ".available_add_ons",
    "AvailableAddOnExtension": ".available_add_ons_extensions",
    "InstalledAddOn": ".installed_add_ons",
    "InstalledAddOnExtension": ".installed_add_ons_extensions",
}
__all__ = [
    "AvailableAddOn",
    "AvailableAddOnExtension",
    "InstalledAddOn",
    "InstalledAddOnExtension",
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
