# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""assistants v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .assistants import AssistantWithToolsAndKnowledgeList
    from .knowledge import KnowledgeList
    from .policies import PolicyList
    from .sessions import SessionList
    from .tools import ToolWithPoliciesList


class V1(Version):
    """``assistants`` v1 (json-v1)."""

    domain = "assistants"
    dialect_name = "json-v1"
    assistants: Root[AssistantWithToolsAndKnowledgeList] = Root(
        ".assistants", "AssistantWithToolsAndKnowledgeList"
    )
    knowledge: Root[KnowledgeList] = Root(".knowledge", "KnowledgeList")
    policies: Root[PolicyList] = Root(".policies", "PolicyList")
    sessions: Root[SessionList] = Root(".sessions", "SessionList")
    tools: Root[ToolWithPoliciesList] = Root(".tools", "ToolWithPoliciesList")
