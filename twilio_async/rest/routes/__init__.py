# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""The routes domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2 import V2
    from .v2.phone_numbers import PhoneNumberList
    from .v2.sip_domains import SipDomainList
    from .v2.trunks import TrunksList


class Routes(Domain):
    """The ``routes.twilio.com`` domain."""

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``v2.phone_numbers`` (twilio-python's domain-level name)."""
        return self.v2.phone_numbers

    @property
    def sip_domains(self) -> SipDomainList:
        """``v2.sip_domains`` (twilio-python's domain-level name)."""
        return self.v2.sip_domains

    @property
    def trunks(self) -> TrunksList:
        """``v2.trunks`` (twilio-python's domain-level name)."""
        return self.v2.trunks
