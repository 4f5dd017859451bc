# Generated from specs/preview.yaml, specs/preview.yaml, specs/preview.yaml by `make codegen`; do not edit.
"""The preview domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .hosted_numbers import HostedNumbers
    from .marketplace import Marketplace
    from .wireless import Wireless


class Preview(Domain):
    """The ``preview.twilio.com`` domain."""

    @cached_property
    def hosted_numbers(self) -> HostedNumbers:
        """API version hosted_numbers."""
        from .hosted_numbers import HostedNumbers

        return HostedNumbers(self._host)

    @cached_property
    def marketplace(self) -> Marketplace:
        """API version marketplace."""
        from .marketplace import Marketplace

        return Marketplace(self._host)

    @cached_property
    def wireless(self) -> Wireless:
        """API version wireless."""
        from .wireless import Wireless

        return Wireless(self._host)
