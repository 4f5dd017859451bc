# Generated from specs/messaging_v3.yaml by `make codegen`; do not edit.
"""messaging v3: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .typing_indicator import TypingIndicatorList


class V3(Version):
    """``messaging`` v3 (json-v1)."""

    domain = "messaging"
    dialect_name = "json-v1"
    typing_indicator: Root[TypingIndicatorList] = Root(".typing_indicator", "TypingIndicatorList")
