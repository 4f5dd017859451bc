# Generated from specs/oauth_v2.yaml by `make codegen`; do not edit.
"""Response models of oauth v2, loaded on first access: ``from twilio_async.rest.oauth.v2.types import Authorize``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authorize import Authorize as Authorize
    from .token import V2Oauth2TokenResponse as V2Oauth2TokenResponse

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Authorize": ".authorize",
    "V2Oauth2TokenResponse": ".token",
}
__all__ = [
    "Authorize",
    "V2Oauth2TokenResponse",
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
