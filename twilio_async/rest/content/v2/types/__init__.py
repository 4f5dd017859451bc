# Generated from specs/content_v2.yaml by `make codegen`; do not edit.
"""Response models of content v2, loaded on first access: ``from twilio_async.rest.content.v2.types import Content``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content_and_approvals import ContentAndApprovals as ContentAndApprovals
    from .contents import Content as Content

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Content": ".contents",
    "ContentAndApprovals": ".content_and_approvals",
}
__all__ = [
    "Content",
    "ContentAndApprovals",
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
