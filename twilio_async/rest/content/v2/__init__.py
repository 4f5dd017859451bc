# Generated from specs/content_v2.yaml by `make codegen`; do not edit.
"""content v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .content_and_approvals import ContentAndApprovalsList
    from .contents import ContentList


class V2(Version):
    """``content`` v2 (json-v1)."""

    domain = "content"
    dialect_name = "json-v1"
    content_and_approvals: Root[ContentAndApprovalsList] = Root(
        ".content_and_approvals", "ContentAndApprovalsList"
    )
    contents: Root[ContentList] = Root(".contents", "ContentList")
