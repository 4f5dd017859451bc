# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Response models of api v2010, loaded on first access: ``from twilio_async.rest.api.v2010.types import Account``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import Account as Account
    from .accounts_balance import Balance as Balance
    from .accounts_messages import Message as Message
    from .accounts_messages_media import Media as Media

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Account": ".accounts",
    "Balance": ".accounts_balance",
    "Media": ".accounts_messages_media",
    "Message": ".accounts_messages",
}
__all__ = [
    "Account",
    "Balance",
    "Media",
    "Message",
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
