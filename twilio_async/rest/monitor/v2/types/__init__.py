# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""Response models of monitor v2, loaded on first access: ``from twilio_async.rest.monitor.v2.types import AlarmBody``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alarms import AlarmBody as AlarmBody
    from .alarms import SidRepsonse as SidRepsonse
    from .status import Status as Status

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AlarmBody": ".alarms",
    "SidRepsonse": ".alarms",
    "Status": ".status",
}
__all__ = [
    "AlarmBody",
    "SidRepsonse",
    "Status",
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
