# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""ip-messaging v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .credentials import CredentialList
    from .services import ServiceList


class V1(Version):
    """``ip-messaging`` v1 (json-v1)."""

    domain = "ip-messaging"
    dialect_name = "json-v1"
    credentials: Root[CredentialList] = Root(".credentials", "CredentialList")
    services: Root[ServiceList] = Root(".services", "ServiceList")
