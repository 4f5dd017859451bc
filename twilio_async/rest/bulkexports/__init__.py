# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""The bulkexports domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.export_configuration import ExportConfigurationList
    from .v1.exports import ExportList


class Bulkexports(Domain):
    """The ``bulkexports.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def export_configuration(self) -> ExportConfigurationList:
        """``v1.export_configuration`` (twilio-python's domain-level name)."""
        return self.v1.export_configuration

    @property
    def exports(self) -> ExportList:
        """``v1.exports`` (twilio-python's domain-level name)."""
        return self.v1.exports
