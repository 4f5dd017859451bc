# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""content v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .contents import ContentList
    from .settings import SettingList


class V1(Version):
    """``content`` v1 (json-token)."""

    domain = "content"
    dialect_name = "json-token"
    contents: Root[ContentList] = Root(".contents", "ContentList")
    settings: Root[SettingList] = Root(".settings", "SettingList")
