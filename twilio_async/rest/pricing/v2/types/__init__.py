# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""Response models of pricing v2, loaded on first access: ``from twilio_async.rest.pricing.v2.types import TrunkingCountryInstance``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .countries import TrunkingCountryInstance as TrunkingCountryInstance
    from .numbers import TrunkingNumber as TrunkingNumber
    from .voice import Voice as Voice
    from .voice_countries import VoiceCountryInstance as VoiceCountryInstance
    from .voice_numbers import VoiceNumber as VoiceNumber

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "TrunkingCountryInstance": ".countries",
    "TrunkingNumber": ".numbers",
    "Voice": ".voice",
    "VoiceCountryInstance": ".voice_countries",
    "VoiceNumber": ".voice_numbers",
}
__all__ = [
    "TrunkingCountryInstance",
    "TrunkingNumber",
    "Voice",
    "VoiceCountryInstance",
    "VoiceNumber",
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
