# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""The messaging domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2 import V2
    from .v2.channels_senders import ChannelsSenderResponseList
    from .v2.domain_certs import DomainCertsList
    from .v2.typing_indicator import TypingIndicatorList


class Messaging(Domain):
    """The ``messaging.twilio.com`` domain."""

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def channels_senders(self) -> ChannelsSenderResponseList:
        """``v2.channels_senders`` (twilio-python's domain-level name)."""
        return self.v2.channels_senders

    @property
    def domain_certs(self) -> DomainCertsList:
        """``v2.domain_certs`` (twilio-python's domain-level name)."""
        return self.v2.domain_certs

    @property
    def typing_indicator(self) -> TypingIndicatorList:
        """``v2.typing_indicator`` (twilio-python's domain-level name)."""
        return self.v2.typing_indicator
