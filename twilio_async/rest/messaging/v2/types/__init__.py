# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""Response models of messaging v2, loaded on first access: ``from twilio_async.rest.messaging.v2.types import ChannelsSenderResponse``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .channels_senders import ChannelsSenderResponse as ChannelsSenderResponse
    from .domain_certs import DomainCerts as DomainCerts
    from .typing_indicator import TypingIndicator as TypingIndicator

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ChannelsSenderResponse": ".channels_senders",
    "DomainCerts": ".domain_certs",
    "TypingIndicator": ".typing_indicator",
}
__all__ = [
    "ChannelsSenderResponse",
    "DomainCerts",
    "TypingIndicator",
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
