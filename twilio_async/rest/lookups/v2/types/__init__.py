# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Response models of lookups v2, loaded on first access: ``from twilio_async.rest.lookups.v2.types import Fields``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .phone_numbers import LookupResponse as LookupResponse
    from .phone_numbers_lookup_overrides import OverridesResponse as OverridesResponse
    from .query import Query as Query
    from .rate_limits import RateLimits as RateLimits
    from .rate_limits_fields import Fields as Fields
    from .rate_limits_fields_bucket import RateLimitResponse as RateLimitResponse

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Fields": ".rate_limits_fields",
    "LookupResponse": ".phone_numbers",
    "OverridesResponse": ".phone_numbers_lookup_overrides",
    "Query": ".query",
    "RateLimitResponse": ".rate_limits_fields_bucket",
    "RateLimits": ".rate_limits",
}
__all__ = [
    "Fields",
    "LookupResponse",
    "OverridesResponse",
    "Query",
    "RateLimitResponse",
    "RateLimits",
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
