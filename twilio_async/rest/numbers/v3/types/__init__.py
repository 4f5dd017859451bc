# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""Response models of numbers v3, loaded on first access: ``from twilio_async.rest.numbers.v3.types import HostedNumberOrder``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .hosted_number_orders import HostedNumberOrder as HostedNumberOrder

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "HostedNumberOrder": ".hosted_number_orders",
}
__all__ = [
    "HostedNumberOrder",
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
