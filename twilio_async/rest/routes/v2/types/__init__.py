# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""Response models of routes v2, loaded on first access: ``from twilio_async.rest.routes.v2.types import PhoneNumber``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .phone_numbers import PhoneNumber as PhoneNumber
    from .sip_domains import SipDomain as SipDomain
    from .trunks import Trunks as Trunks

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "PhoneNumber": ".phone_numbers",
    "SipDomain": ".sip_domains",
    "Trunks": ".trunks",
}
__all__ = [
    "PhoneNumber",
    "SipDomain",
    "Trunks",
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
