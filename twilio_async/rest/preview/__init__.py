# Generated from specs/preview.yaml, specs/preview.yaml, specs/preview.yaml by `make codegen`; do not edit.
"""The preview domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .hosted_numbers import HostedNumbers
    from .hosted_numbers.authorization_documents import AuthorizationDocumentList
    from .hosted_numbers.hosted_number_orders import HostedNumberOrderList
    from .marketplace import Marketplace
    from .marketplace.available_add_ons import AvailableAddOnList
    from .marketplace.installed_add_ons import InstalledAddOnList
    from .wireless import Wireless
    from .wireless.commands import CommandList
    from .wireless.rate_plans import RatePlanList
    from .wireless.sims import SimList


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

    @property
    def authorization_documents(self) -> AuthorizationDocumentList:
        """``hosted_numbers.authorization_documents`` (twilio-python's domain-level name)."""
        return self.hosted_numbers.authorization_documents

    @property
    def available_add_ons(self) -> AvailableAddOnList:
        """``marketplace.available_add_ons`` (twilio-python's domain-level name)."""
        return self.marketplace.available_add_ons

    @property
    def commands(self) -> CommandList:
        """``wireless.commands`` (twilio-python's domain-level name)."""
        return self.wireless.commands

    @property
    def hosted_number_orders(self) -> HostedNumberOrderList:
        """``hosted_numbers.hosted_number_orders`` (twilio-python's domain-level name)."""
        return self.hosted_numbers.hosted_number_orders

    @property
    def installed_add_ons(self) -> InstalledAddOnList:
        """``marketplace.installed_add_ons`` (twilio-python's domain-level name)."""
        return self.marketplace.installed_add_ons

    @property
    def rate_plans(self) -> RatePlanList:
        """``wireless.rate_plans`` (twilio-python's domain-level name)."""
        return self.wireless.rate_plans

    @property
    def sims(self) -> SimList:
        """``wireless.sims`` (twilio-python's domain-level name)."""
        return self.wireless.sims
