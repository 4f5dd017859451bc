# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Response models of preview wireless, loaded on first access: ``from twilio_async.rest.preview.wireless.types import Command``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .commands import Command as Command
    from .rate_plans import RatePlan as RatePlan
    from .sims import Sim as Sim
    from .sims_usage import Usage as Usage

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Command": ".commands",
    "RatePlan": ".rate_plans",
    "Sim": ".sims",
    "Usage": ".sims_usage",
}
__all__ = [
    "Command",
    "RatePlan",
    "Sim",
    "Usage",
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
