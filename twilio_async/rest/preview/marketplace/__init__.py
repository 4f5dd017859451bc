# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""preview marketplace: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .available_add_ons import AvailableAddOnList
    from .installed_add_ons import InstalledAddOnList


class Marketplace(Version):
    """``preview`` marketplace (json-v1)."""

    domain = "preview"
    dialect_name = "json-v1"
    available_add_ons: Root[AvailableAddOnList] = Root(".available_add_ons", "AvailableAddOnList")
    installed_add_ons: Root[InstalledAddOnList] = Root(".installed_add_ons", "InstalledAddOnList")
