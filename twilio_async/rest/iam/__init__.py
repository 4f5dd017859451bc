# Generated from specs/iam_scim.yaml, specs/iam_v1.yaml by `make codegen`; do not edit.
"""The iam domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .scim import Scim
    from .v1 import V1
    from .v1.api_key import KeyList
    from .v1.get_api_keys import GetApiKeysList, GetApiKeysNewApiKeyList
    from .v1.o_auth_apps import VendorOauthAppCreateUpdateResponseList
    from .v1.roles import RolesList
    from .v1.token import TokenList


class Iam(Domain):
    """The ``iam.twilio.com`` domain."""

    @cached_property
    def scim(self) -> Scim:
        """API version scim."""
        from .scim import Scim

        return Scim(self._host)

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def api_key(self) -> KeyList:
        """``v1.api_key`` (twilio-python's domain-level name)."""
        return self.v1.api_key

    @property
    def get_api_keys(self) -> GetApiKeysList:
        """``v1.get_api_keys`` (twilio-python's domain-level name)."""
        return self.v1.get_api_keys

    @property
    def new_api_key(self) -> GetApiKeysNewApiKeyList:
        """``v1.new_api_key`` (twilio-python's domain-level name)."""
        return self.v1.new_api_key

    @property
    def o_auth_apps(self) -> VendorOauthAppCreateUpdateResponseList:
        """``v1.o_auth_apps`` (twilio-python's domain-level name)."""
        return self.v1.o_auth_apps

    @property
    def roles(self) -> RolesList:
        """``v1.roles`` (twilio-python's domain-level name)."""
        return self.v1.roles

    @property
    def token(self) -> TokenList:
        """``v1.token`` (twilio-python's domain-level name)."""
        return self.v1.token
