# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Response models of assistants v1, loaded on first access: ``from twilio_async.rest.assistants.v1.types import AssistantSendMessageResponse``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistants import AssistantWithToolsAndKnowledge as AssistantWithToolsAndKnowledge
    from .assistants_assistants_knowledge import KnowledgeByAssistant as KnowledgeByAssistant
    from .assistants_assistants_tools import Tool as Tool
    from .assistants_feedbacks import Feedback as Feedback
    from .assistants_messages import AssistantSendMessageResponse as AssistantSendMessageResponse
    from .knowledge import Knowledge as Knowledge
    from .knowledge_chunks import KnowledgeChunk as KnowledgeChunk
    from .knowledge_knowledge_status import KnowledgeStatus as KnowledgeStatus
    from .policies import Policy as Policy
    from .sessions import Session as Session
    from .sessions_messages import Message as Message
    from .tools import ToolWithPolicies as ToolWithPolicies

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AssistantSendMessageResponse": ".assistants_messages",
    "AssistantWithToolsAndKnowledge": ".assistants",
    "Feedback": ".assistants_feedbacks",
    "Knowledge": ".knowledge",
    "KnowledgeByAssistant": ".assistants_assistants_knowledge",
    "KnowledgeChunk": ".knowledge_chunks",
    "KnowledgeStatus": ".knowledge_knowledge_status",
    "Message": ".sessions_messages",
    "Policy": ".policies",
    "Session": ".sessions",
    "Tool": ".assistants_assistants_tools",
    "ToolWithPolicies": ".tools",
}
__all__ = [
    "AssistantSendMessageResponse",
    "AssistantWithToolsAndKnowledge",
    "Feedback",
    "Knowledge",
    "KnowledgeByAssistant",
    "KnowledgeChunk",
    "KnowledgeStatus",
    "Message",
    "Policy",
    "Session",
    "Tool",
    "ToolWithPolicies",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
