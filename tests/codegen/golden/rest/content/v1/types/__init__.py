# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""Response models of content v1, loaded on first access: ``from twilio_async.rest.content.v1.types import Content``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .contents import Content as Content
    from .settings import Setting as Setting

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Content": ".contents",
    "Setting": ".settings",
}
__all__ = [
    "Content",
    "Setting",
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
