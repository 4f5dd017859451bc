# Generated from specs/iam_scim.yaml by `make codegen`; do not edit.
"""Response models of iam scim, loaded on first access: ``from twilio_async.rest.iam.scim.types import X``."""

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
