# Generated from specs/frontline_v1.yaml by `make codegen`; do not edit.
"""frontline-api v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .users import UserList


class V1(Version):
    """``frontline-api`` v1 (json-v1)."""

    domain = "frontline-api"
    dialect_name = "json-v1"
    users: Root[UserList] = Root(".users", "UserList")
