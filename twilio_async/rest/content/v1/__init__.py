# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""content v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .content_and_approvals import ContentAndApprovalsList
    from .contents import ContentList
    from .legacy_contents import LegacyContentList


class V1(Version):
    """``content`` v1 (json-v1)."""

    domain = "content"
    dialect_name = "json-v1"
    content_and_approvals: Root[ContentAndApprovalsList] = Root(
        ".content_and_approvals", "ContentAndApprovalsList"
    )
    contents: Root[ContentList] = Root(".contents", "ContentList")
    legacy_contents: Root[LegacyContentList] = Root(".legacy_contents", "LegacyContentList")
