# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""chat v3: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .services import ServicesList


class V3(Version):
    """``chat`` v3 (json-v1)."""

    domain = "chat"
    dialect_name = "json-v1"
    services: Root[ServicesList] = Root(".services", "ServicesList")
