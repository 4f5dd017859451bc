# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Response models of notify v1, loaded on first access: ``from twilio_async.rest.notify.v1.types import Binding``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .credentials import Credential as Credential
    from .services import Service as Service
    from .services_bindings import Binding as Binding
    from .services_notifications import Notification as Notification

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Binding": ".services_bindings",
    "Credential": ".credentials",
    "Notification": ".services_notifications",
    "Service": ".services",
}
__all__ = [
    "Binding",
    "Credential",
    "Notification",
    "Service",
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
