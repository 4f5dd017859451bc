# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""accounts v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .auth_token_promotion import AuthTokenPromotionList
    from .bulk_consents import BulkConsentsList
    from .bulk_contacts import BulkContactsList
    from .credentials import CredentialsList
    from .messaging_geopermissions import MessagingGeopermissionsList
    from .safelist import SafelistList
    from .secondary_auth_token import SecondaryAuthTokenList


class V1(Version):
    """``accounts`` v1 (json-v1)."""

    domain = "accounts"
    dialect_name = "json-v1"
    auth_token_promotion: Root[AuthTokenPromotionList] = Root(
        ".auth_token_promotion", "AuthTokenPromotionList"
    )
    bulk_consents: Root[BulkConsentsList] = Root(".bulk_consents", "BulkConsentsList")
    bulk_contacts: Root[BulkContactsList] = Root(".bulk_contacts", "BulkContactsList")
    credentials: Root[CredentialsList] = Root(".credentials", "CredentialsList")
    messaging_geopermissions: Root[MessagingGeopermissionsList] = Root(
        ".messaging_geopermissions", "MessagingGeopermissionsList"
    )
    safelist: Root[SafelistList] = Root(".safelist", "SafelistList")
    secondary_auth_token: Root[SecondaryAuthTokenList] = Root(
        ".secondary_auth_token", "SecondaryAuthTokenList"
    )
