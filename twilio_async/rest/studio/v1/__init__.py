# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""studio v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .flows import FlowList


class V1(Version):
    """``studio`` v1 (json-v1)."""

    domain = "studio"
    dialect_name = "json-v1"
    flows: Root[FlowList] = Root(".flows", "FlowList")
