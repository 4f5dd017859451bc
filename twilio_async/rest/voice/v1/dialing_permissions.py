# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissions resources (``dialing_permissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .dialing_permissions_bulk_country_updates import DialingPermissionsCountryBulkUpdateList
    from .dialing_permissions_countries import DialingPermissionsCountryInstanceList
    from .dialing_permissions_settings import SettingsList


class DialingPermissionsList(ListResource):
    """DialingPermissions collection: ``/v1/DialingPermissions``."""

    __slots__ = ()
    bulk_country_updates: Child[DialingPermissionsCountryBulkUpdateList] = Child(
        ".dialing_permissions_bulk_country_updates", "DialingPermissionsCountryBulkUpdateList"
    )
    countries: Child[DialingPermissionsCountryInstanceList] = Child(
        ".dialing_permissions_countries", "DialingPermissionsCountryInstanceList"
    )
    settings: Child[SettingsList] = Child(".dialing_permissions_settings", "SettingsList")
