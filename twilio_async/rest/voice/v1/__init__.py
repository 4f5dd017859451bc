# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""voice v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Mount, Root

if TYPE_CHECKING:
    from .archives import ArchivesList
    from .archives_archived_calls import ArchivedCallsContext
    from .byoc_trunks import ByocTrunkList
    from .connection_policies import ConnectionPolicyList
    from .dialing_permissions import DialingPermissionsList
    from .ip_records import IpRecordList
    from .source_ip_mappings import SourceIpMappingList


class V1(Version):
    """``voice`` v1 (json-v1)."""

    domain = "voice"
    dialect_name = "json-v1"
    archives: Root[ArchivesList] = Root(".archives", "ArchivesList")
    byoc_trunks: Root[ByocTrunkList] = Root(".byoc_trunks", "ByocTrunkList")
    connection_policies: Root[ConnectionPolicyList] = Root(
        ".connection_policies", "ConnectionPolicyList"
    )
    dialing_permissions: Root[DialingPermissionsList] = Root(
        ".dialing_permissions", "DialingPermissionsList"
    )
    ip_records: Root[IpRecordList] = Root(".ip_records", "IpRecordList")
    source_ip_mappings: Root[SourceIpMappingList] = Root(
        ".source_ip_mappings", "SourceIpMappingList"
    )
    archived_calls: Mount[ArchivedCallsContext] = Mount(
        ".archives_archived_calls", "ArchivedCallsList", ("date", "sid")
    )
