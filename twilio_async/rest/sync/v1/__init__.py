# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""sync v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .services import ServiceList


class V1(Version):
    """``sync`` v1 (json-v1)."""

    domain = "sync"
    dialect_name = "json-v1"
    services: Root[ServiceList] = Root(".services", "ServiceList")
