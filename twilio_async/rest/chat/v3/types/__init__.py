# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Response models of chat v3, loaded on first access: ``from twilio_async.rest.chat.v3.types import Channel``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services import Services as Services
    from .services_channels import Channel as Channel

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Channel": ".services_channels",
    "Services": ".services",
}
__all__ = [
    "Channel",
    "Services",
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
