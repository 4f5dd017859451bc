# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""pricing v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .messaging import MessagingList
    from .phone_numbers import PhoneNumbersList
    from .voice import VoiceList


class V1(Version):
    """``pricing`` v1 (json-v1)."""

    domain = "pricing"
    dialect_name = "json-v1"
    messaging: Root[MessagingList] = Root(".messaging", "MessagingList")
    phone_numbers: Root[PhoneNumbersList] = Root(".phone_numbers", "PhoneNumbersList")
    voice: Root[VoiceList] = Root(".voice", "VoiceList")
