# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""The accounts domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.auth_token_promotion import AuthTokenPromotionList
    from .v1.bulk_consents import BulkConsentsList
    from .v1.bulk_contacts import BulkContactsList
    from .v1.credentials import CredentialsList
    from .v1.messaging_geopermissions import MessagingGeopermissionsList
    from .v1.safelist import SafelistList
    from .v1.secondary_auth_token import SecondaryAuthTokenList


class Accounts(Domain):
    """The ``accounts.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def auth_token_promotion(self) -> AuthTokenPromotionList:
        """``v1.auth_token_promotion`` (twilio-python's domain-level name)."""
        return self.v1.auth_token_promotion

    @property
    def bulk_consents(self) -> BulkConsentsList:
        """``v1.bulk_consents`` (twilio-python's domain-level name)."""
        return self.v1.bulk_consents

    @property
    def bulk_contacts(self) -> BulkContactsList:
        """``v1.bulk_contacts`` (twilio-python's domain-level name)."""
        return self.v1.bulk_contacts

    @property
    def credentials(self) -> CredentialsList:
        """``v1.credentials`` (twilio-python's domain-level name)."""
        return self.v1.credentials

    @property
    def messaging_geopermissions(self) -> MessagingGeopermissionsList:
        """``v1.messaging_geopermissions`` (twilio-python's domain-level name)."""
        return self.v1.messaging_geopermissions

    @property
    def safelist(self) -> SafelistList:
        """``v1.safelist`` (twilio-python's domain-level name)."""
        return self.v1.safelist

    @property
    def secondary_auth_token(self) -> SecondaryAuthTokenList:
        """``v1.secondary_auth_token`` (twilio-python's domain-level name)."""
        return self.v1.secondary_auth_token
