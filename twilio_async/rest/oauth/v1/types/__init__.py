# Generated from specs/oauth_v1.yaml by `make codegen`; do not edit.
"""Response models of oauth v1, loaded on first access: ``from twilio_async.rest.oauth.v1.types import Authorize``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authorize import Authorize as Authorize
    from .token import Token as Token

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Authorize": ".authorize",
    "Token": ".token",
}
__all__ = [
    "Authorize",
    "Token",
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
