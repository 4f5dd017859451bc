# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Response models of preview-iam versionless, loaded on first access: ``from twilio_async.rest.preview_iam.versionless.types import Organizations``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .organizations import Organizations as Organizations
    from .organizations_accounts import PublicApiAccountResponse as PublicApiAccountResponse
    from .organizations_role_assignments import (
        PublicApiRoleAssignmentResponse as PublicApiRoleAssignmentResponse,
    )
    from .organizations_users import ScimUser as ScimUser

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Organizations": ".organizations",
    "PublicApiAccountResponse": ".organizations_accounts",
    "PublicApiRoleAssignmentResponse": ".organizations_role_assignments",
    "ScimUser": ".organizations_users",
}
__all__ = [
    "Organizations",
    "PublicApiAccountResponse",
    "PublicApiRoleAssignmentResponse",
    "ScimUser",
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
