# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""The voice domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.archives import ArchivesList
    from .v1.byoc_trunks import ByocTrunkList
    from .v1.connection_policies import ConnectionPolicyList
    from .v1.dialing_permissions import DialingPermissionsList
    from .v1.ip_records import IpRecordList
    from .v1.source_ip_mappings import SourceIpMappingList


class Voice(Domain):
    """The ``voice.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def archives(self) -> ArchivesList:
        """``v1.archives`` (twilio-python's domain-level name)."""
        return self.v1.archives

    @property
    def byoc_trunks(self) -> ByocTrunkList:
        """``v1.byoc_trunks`` (twilio-python's domain-level name)."""
        return self.v1.byoc_trunks

    @property
    def connection_policies(self) -> ConnectionPolicyList:
        """``v1.connection_policies`` (twilio-python's domain-level name)."""
        return self.v1.connection_policies

    @property
    def dialing_permissions(self) -> DialingPermissionsList:
        """``v1.dialing_permissions`` (twilio-python's domain-level name)."""
        return self.v1.dialing_permissions

    @property
    def ip_records(self) -> IpRecordList:
        """``v1.ip_records`` (twilio-python's domain-level name)."""
        return self.v1.ip_records

    @property
    def source_ip_mappings(self) -> SourceIpMappingList:
        """``v1.source_ip_mappings`` (twilio-python's domain-level name)."""
        return self.v1.source_ip_mappings
