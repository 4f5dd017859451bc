# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""marketplace v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .available_add_ons import AvailableAddOnList
    from .installed_add_ons import InstalledAddOnList
    from .module_data import ModuleDataList
    from .module_data_management import ModuleDataManagementList
    from .referral_conversion import ReferralConversionList


class V1(Version):
    """``marketplace`` v1 (json-v1)."""

    domain = "marketplace"
    dialect_name = "json-v1"
    available_add_ons: Root[AvailableAddOnList] = Root(".available_add_ons", "AvailableAddOnList")
    installed_add_ons: Root[InstalledAddOnList] = Root(".installed_add_ons", "InstalledAddOnList")
    module_data: Root[ModuleDataList] = Root(".module_data", "ModuleDataList")
    module_data_management: Root[ModuleDataManagementList] = Root(
        ".module_data_management", "ModuleDataManagementList"
    )
    referral_conversion: Root[ReferralConversionList] = Root(
        ".referral_conversion", "ReferralConversionList"
    )
