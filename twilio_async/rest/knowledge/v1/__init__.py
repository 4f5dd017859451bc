# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""knowledge v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .knowledge import KnowledgeList


class V1(Version):
    """``knowledge`` v1 (json-v1)."""

    domain = "knowledge"
    dialect_name = "json-v1"
    knowledge: Root[KnowledgeList] = Root(".knowledge", "KnowledgeList")
