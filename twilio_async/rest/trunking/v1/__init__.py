# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""trunking v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .trunks import TrunkList


class V1(Version):
    """``trunking`` v1 (json-v1)."""

    domain = "trunking"
    dialect_name = "json-v1"
    trunks: Root[TrunkList] = Root(".trunks", "TrunkList")
