# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Response models of trunking v1, loaded on first access: ``from twilio_async.rest.trunking.v1.types import CredentialList``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .trunks import Trunk as Trunk
    from .trunks_credentials_lists import CredentialList as CredentialList
    from .trunks_ip_access_control_lists import IpAccessControlList as IpAccessControlList
    from .trunks_origination_urls import OriginationUrl as OriginationUrl
    from .trunks_phone_numbers import PhoneNumber as PhoneNumber
    from .trunks_recordings import Recording as Recording

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "CredentialList": ".trunks_credentials_lists",
    "IpAccessControlList": ".trunks_ip_access_control_lists",
    "OriginationUrl": ".trunks_origination_urls",
    "PhoneNumber": ".trunks_phone_numbers",
    "Recording": ".trunks_recordings",
    "Trunk": ".trunks",
}
__all__ = [
    "CredentialList",
    "IpAccessControlList",
    "OriginationUrl",
    "PhoneNumber",
    "Recording",
    "Trunk",
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
