# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""Response models of flex-api v2, loaded on first access: ``from twilio_async.rest.flex_api.v2.types import FlexUser``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .instances import Instances as Instances
    from .instances_flex_user import FlexUser as FlexUser
    from .web_channels import WebChannels as WebChannels

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "FlexUser": ".instances_flex_user",
    "Instances": ".instances",
    "WebChannels": ".web_channels",
}
__all__ = [
    "FlexUser",
    "Instances",
    "WebChannels",
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
