# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""bulkexports v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .export_configuration import ExportConfigurationList
    from .exports import ExportList


class V1(Version):
    """``bulkexports`` v1 (json-v1)."""

    domain = "bulkexports"
    dialect_name = "json-v1"
    export_configuration: Root[ExportConfigurationList] = Root(
        ".export_configuration", "ExportConfigurationList"
    )
    exports: Root[ExportList] = Root(".exports", "ExportList")
