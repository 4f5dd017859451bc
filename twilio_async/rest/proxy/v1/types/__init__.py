# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Response models of proxy v1, loaded on first access: ``from twilio_async.rest.proxy.v1.types import Interaction``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services import Service as Service
    from .services_phone_numbers import PhoneNumber as PhoneNumber
    from .services_sessions import Session as Session
    from .services_sessions_interactions import Interaction as Interaction
    from .services_sessions_participants import Participant as Participant
    from .services_sessions_participants_message_interactions import (
        MessageInteraction as MessageInteraction,
    )

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Interaction": ".services_sessions_interactions",
    "MessageInteraction": ".services_sessions_participants_message_interactions",
    "Participant": ".services_sessions_participants",
    "PhoneNumber": ".services_phone_numbers",
    "Service": ".services",
    "Session": ".services_sessions",
}
__all__ = [
    "Interaction",
    "MessageInteraction",
    "Participant",
    "PhoneNumber",
    "Service",
    "Session",
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
