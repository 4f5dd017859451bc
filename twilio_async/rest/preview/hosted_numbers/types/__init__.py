# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Response models of preview hosted_numbers, loaded on first access: ``from twilio_async.rest.preview.hosted_numbers.types import AuthorizationDocument``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authorization_documents import AuthorizationDocument as AuthorizationDocument
    from .authorization_documents_dependent_hosted_number_orders import (
        DependentHostedNumberOrder as DependentHostedNumberOrder,
    )
    from .hosted_number_orders import HostedNumberOrder as HostedNumberOrder

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AuthorizationDocument": ".authorization_documents",
    "DependentHostedNumberOrder": ".authorization_documents_dependent_hosted_number_orders",
    "HostedNumberOrder": ".hosted_number_orders",
}
__all__ = [
    "AuthorizationDocument",
    "DependentHostedNumberOrder",
    "HostedNumberOrder",
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
