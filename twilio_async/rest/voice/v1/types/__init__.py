# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Response models of voice v1, loaded on first access: ``from twilio_async.rest.voice.v1.types import ArchivedCalls``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archives import Archives as Archives
    from .archives_archived_calls import ArchivedCalls as ArchivedCalls
    from .byoc_trunks import ByocTrunk as ByocTrunk
    from .connection_policies import ConnectionPolicy as ConnectionPolicy
    from .connection_policies_targets import ConnectionPolicyTarget as ConnectionPolicyTarget
    from .dialing_permissions import DialingPermissions as DialingPermissions
    from .dialing_permissions_bulk_country_updates import (
        DialingPermissionsCountryBulkUpdate as DialingPermissionsCountryBulkUpdate,
    )
    from .dialing_permissions_countries import (
        DialingPermissionsCountryInstance as DialingPermissionsCountryInstance,
    )
    from .dialing_permissions_countries_highrisk_special_prefixes import (
        DialingPermissionsHrsPrefixes as DialingPermissionsHrsPrefixes,
    )
    from .dialing_permissions_settings import Settings as Settings
    from .ip_records import IpRecord as IpRecord
    from .source_ip_mappings import SourceIpMapping as SourceIpMapping

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ArchivedCalls": ".archives_archived_calls",
    "Archives": ".archives",
    "ByocTrunk": ".byoc_trunks",
    "ConnectionPolicy": ".connection_policies",
    "ConnectionPolicyTarget": ".connection_policies_targets",
    "DialingPermissions": ".dialing_permissions",
    "DialingPermissionsCountryBulkUpdate": ".dialing_permissions_bulk_country_updates",
    "DialingPermissionsCountryInstance": ".dialing_permissions_countries",
    "DialingPermissionsHrsPrefixes": ".dialing_permissions_countries_highrisk_special_prefixes",
    "IpRecord": ".ip_records",
    "Settings": ".dialing_permissions_settings",
    "SourceIpMapping": ".source_ip_mappings",
}
__all__ = [
    "ArchivedCalls",
    "Archives",
    "ByocTrunk",
    "ConnectionPolicy",
    "ConnectionPolicyTarget",
    "DialingPermissions",
    "DialingPermissionsCountryBulkUpdate",
    "DialingPermissionsCountryInstance",
    "DialingPermissionsHrsPrefixes",
    "IpRecord",
    "Settings",
    "SourceIpMapping",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
