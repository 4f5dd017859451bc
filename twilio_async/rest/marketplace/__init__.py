# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""The marketplace domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.available_add_ons import AvailableAddOnList
    from .v1.installed_add_ons import InstalledAddOnList
    from .v1.module_data import ModuleDataList
    from .v1.module_data_management import ModuleDataManagementList
    from .v1.referral_conversion import ReferralConversionList


class Marketplace(Domain):
    """The ``marketplace.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def available_add_ons(self) -> AvailableAddOnList:
        """``v1.available_add_ons`` (twilio-python's domain-level name)."""
        return self.v1.available_add_ons

    @property
    def installed_add_ons(self) -> InstalledAddOnList:
        """``v1.installed_add_ons`` (twilio-python's domain-level name)."""
        return self.v1.installed_add_ons

    @property
    def module_data(self) -> ModuleDataList:
        """``v1.module_data`` (twilio-python's domain-level name)."""
        return self.v1.module_data

    @property
    def module_data_management(self) -> ModuleDataManagementList:
        """``v1.module_data_management`` (twilio-python's domain-level name)."""
        return self.v1.module_data_management

    @property
    def referral_conversion(self) -> ReferralConversionList:
        """``v1.referral_conversion`` (twilio-python's domain-level name)."""
        return self.v1.referral_conversion
