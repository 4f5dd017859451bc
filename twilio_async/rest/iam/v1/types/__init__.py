# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Response models of iam v1, loaded on first access: ``from twilio_async.rest.iam.v1.types import GetApiKeys``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import Key as Key
    from .get_api_keys import GetApiKeys as GetApiKeys
    from .get_api_keys import NewKey as NewKey
    from .o_auth_apps import (
        VendorOauthAppCreateUpdateResponse as VendorOauthAppCreateUpdateResponse,
    )
    from .roles import Roles as Roles
    from .roles_role_permission import RolePermission as RolePermission
    from .token import Token as Token

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "GetApiKeys": ".get_api_keys",
    "Key": ".api_key",
    "NewKey": ".get_api_keys",
    "RolePermission": ".roles_role_permission",
    "Roles": ".roles",
    "Token": ".token",
    "VendorOauthAppCreateUpdateResponse": ".o_auth_apps",
}
__all__ = [
    "GetApiKeys",
    "Key",
    "NewKey",
    "RolePermission",
    "Roles",
    "Token",
    "VendorOauthAppCreateUpdateResponse",
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
