# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""pricing v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .countries import TrunkingCountryInstanceList
    from .numbers import TrunkingNumberList
    from .voice import VoiceList


class V2(Version):
    """``pricing`` v2 (json-v1)."""

    domain = "pricing"
    dialect_name = "json-v1"
    countries: Root[TrunkingCountryInstanceList] = Root(".countries", "TrunkingCountryInstanceList")
    numbers: Root[TrunkingNumberList] = Root(".numbers", "TrunkingNumberList")
    voice: Root[VoiceList] = Root(".voice", "VoiceList")
