# Generated from specs/pricing_v1.yaml, specs/pricing_v2.yaml by `make codegen`; do not edit.
"""The pricing domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.messaging import MessagingList
    from .v1.phone_numbers import PhoneNumbersList
    from .v2 import V2
    from .v2.countries import TrunkingCountryInstanceList
    from .v2.numbers import TrunkingNumberList
    from .v2.voice import VoiceList


class Pricing(Domain):
    """The ``pricing.twilio.com`` domain."""

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

    @property
    def countries(self) -> TrunkingCountryInstanceList:
        """``v2.countries`` (twilio-python's domain-level name)."""
        return self.v2.countries

    @property
    def messaging(self) -> MessagingList:
        """``v1.messaging`` (twilio-python's domain-level name)."""
        return self.v1.messaging

    @property
    def numbers(self) -> TrunkingNumberList:
        """``v2.numbers`` (twilio-python's domain-level name)."""
        return self.v2.numbers

    @property
    def phone_numbers(self) -> PhoneNumbersList:
        """``v1.phone_numbers`` (twilio-python's domain-level name)."""
        return self.v1.phone_numbers

    @property
    def voice(self) -> VoiceList:
        """``v2.voice`` (twilio-python's domain-level name)."""
        return self.v2.voice
