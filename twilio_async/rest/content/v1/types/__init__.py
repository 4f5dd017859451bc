# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""Response models of content v1, loaded on first access: ``from twilio_async.rest.content.v1.types import ApprovalCreate``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content_and_approvals import ContentAndApprovals as ContentAndApprovals
    from .contents import Content as Content
    from .contents_approval_create import ApprovalCreate as ApprovalCreate
    from .contents_approval_fetch import ApprovalFetch as ApprovalFetch
    from .legacy_contents import LegacyContent as LegacyContent

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ApprovalCreate": ".contents_approval_create",
    "ApprovalFetch": ".contents_approval_fetch",
    "Content": ".contents",
    "ContentAndApprovals": ".content_and_approvals",
    "LegacyContent": ".legacy_contents",
}
__all__ = [
    "ApprovalCreate",
    "ApprovalFetch",
    "Content",
    "ContentAndApprovals",
    "LegacyContent",
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
