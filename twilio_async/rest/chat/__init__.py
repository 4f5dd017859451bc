# Generated from specs/chat_v1.yaml, specs/chat_v2.yaml, specs/chat_v3.yaml by `make codegen`; do not edit.
"""The chat domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v2 import V2
    from .v2.credentials import CredentialList
    from .v3 import V3
    from .v3.services import ServicesList


class Chat(Domain):
    """The ``chat.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @cached_property
    def v3(self) -> V3:
        """API version v3."""
        from .v3 import V3

        return V3(self._host)

    @property
    def credentials(self) -> CredentialList:
        """``v2.credentials`` (twilio-python's domain-level name)."""
        return self.v2.credentials

    @property
    def services(self) -> ServicesList:
        """``v3.services`` (twilio-python's domain-level name)."""
        return self.v3.services
