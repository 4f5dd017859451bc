# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""routes v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .phone_numbers import PhoneNumberList
    from .sip_domains import SipDomainList
    from .trunks import TrunksList


class V2(Version):
    """``routes`` v2 (json-v1)."""

    domain = "routes"
    dialect_name = "json-v1"
    phone_numbers: Root[PhoneNumberList] = Root(".phone_numbers", "PhoneNumberList")
    sip_domains: Root[SipDomainList] = Root(".sip_domains", "SipDomainList")
    trunks: Root[TrunksList] = Root(".trunks", "TrunksList")
