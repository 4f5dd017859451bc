# Generated from specs/lookups_v1.yaml by `make codegen`; do not edit.
"""Response models of lookups v1, loaded on first access: ``from twilio_async.rest.lookups.v1.types import PhoneNumber``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .phone_numbers import PhoneNumber as PhoneNumber

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "PhoneNumber": ".phone_numbers",
}
__all__ = [
    "PhoneNumber",
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
