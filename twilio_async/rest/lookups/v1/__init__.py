# Generated from specs/lookups_v1.yaml by `make codegen`; do not edit.
"""lookups v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .phone_numbers import PhoneNumberList


class V1(Version):
    """``lookups`` v1 (json-v1)."""

    domain = "lookups"
    dialect_name = "json-v1"
    phone_numbers: Root[PhoneNumberList] = Root(".phone_numbers", "PhoneNumberList")
