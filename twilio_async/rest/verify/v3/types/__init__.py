# Generated from specs/verify_v3.yaml by `make codegen`; do not edit.
"""Response models of verify v3, loaded on first access: ``from twilio_async.rest.verify.v3.types import X``."""

from __future__ import annotations

import importlib
from typing import Any

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {}
__all__ = []


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
