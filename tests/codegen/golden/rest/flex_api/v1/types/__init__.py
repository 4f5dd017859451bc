# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""Response models of flex-api v1, loaded on first access: ``from twilio_async.rest.flex_api.v1.types import Configuration``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .configuration import Configuration as Configuration
    from .plugins import Plugin as Plugin
    from .plugins_plugin_versions import PluginVersion as PluginVersion

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Configuration": ".configuration",
    "Plugin": ".plugins",
    "PluginVersion": ".plugins_plugin_versions",
}
__all__ = [
    "Configuration",
    "Plugin",
    "PluginVersion",
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
