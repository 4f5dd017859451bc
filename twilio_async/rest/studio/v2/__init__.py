# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""studio v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .flow_validate import FlowValidateList
    from .flows import FlowList


class V2(Version):
    """``studio`` v2 (json-v1)."""

    domain = "studio"
    dialect_name = "json-v1"
    flow_validate: Root[FlowValidateList] = Root(".flow_validate", "FlowValidateList")
    flows: Root[FlowList] = Root(".flows", "FlowList")
