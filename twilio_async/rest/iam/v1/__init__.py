# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""iam v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .api_key import KeyList
    from .get_api_keys import GetApiKeysList, GetApiKeysNewApiKeyList
    from .o_auth_apps import VendorOauthAppCreateUpdateResponseList
    from .roles import RolesList
    from .token import TokenList


class V1(Version):
    """``iam`` v1 (json-v1)."""

    domain = "iam"
    dialect_name = "json-v1"
    api_key: Root[KeyList] = Root(".api_key", "KeyList")
    get_api_keys: Root[GetApiKeysList] = Root(".get_api_keys", "GetApiKeysList")
    o_auth_apps: Root[VendorOauthAppCreateUpdateResponseList] = Root(
        ".o_auth_apps", "VendorOauthAppCreateUpdateResponseList"
    )
    roles: Root[RolesList] = Root(".roles", "RolesList")
    token: Root[TokenList] = Root(".token", "TokenList")
    new_api_key: Root[GetApiKeysNewApiKeyList] = Root(".get_api_keys", "GetApiKeysNewApiKeyList")
