# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Response models of accounts v1, loaded on first access: ``from twilio_async.rest.accounts.v1.types import AuthTokenPromotion``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_token_promotion import AuthTokenPromotion as AuthTokenPromotion
    from .bulk_consents import BulkConsents as BulkConsents
    from .bulk_contacts import BulkContacts as BulkContacts
    from .credentials import Credentials as Credentials
    from .credentials_aws import CredentialAws as CredentialAws
    from .credentials_public_key import CredentialPublicKey as CredentialPublicKey
    from .messaging_geopermissions import MessagingGeopermissions as MessagingGeopermissions
    from .safelist import Safelist as Safelist
    from .secondary_auth_token import SecondaryAuthToken as SecondaryAuthToken

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AuthTokenPromotion": ".auth_token_promotion",
    "BulkConsents": ".bulk_consents",
    "BulkContacts": ".bulk_contacts",
    "CredentialAws": ".credentials_aws",
    "CredentialPublicKey": ".credentials_public_key",
    "Credentials": ".credentials",
    "MessagingGeopermissions": ".messaging_geopermissions",
    "Safelist": ".safelist",
    "SecondaryAuthToken": ".secondary_auth_token",
}
__all__ = [
    "AuthTokenPromotion",
    "BulkConsents",
    "BulkContacts",
    "CredentialAws",
    "CredentialPublicKey",
    "Credentials",
    "MessagingGeopermissions",
    "Safelist",
    "SecondaryAuthToken",
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
