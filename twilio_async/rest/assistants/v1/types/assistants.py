# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""AssistantWithToolsAndKnowledge models (``assistants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..assistants import AssistantWithToolsAndKnowledgeContext


class AssistantWithToolsAndKnowledge(InstanceModel["AssistantWithToolsAndKnowledgeContext"]):
    """A AssistantWithToolsAndKnowledge as returned by the API."""

    account_sid: str | None = None
    customer_ai: Any | None = None
    id: str | None = None
    model: str | None = None
    name: str | None = None
    owner: str | None = None
    url: str | None = None
    personality_prompt: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    knowledge: list[Any] | None = None
    tools: list[Any] | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AssistantWithToolsAndKnowledgeContext.fetch
        update: ClassVar = AssistantWithToolsAndKnowledgeContext.update
        delete: ClassVar = AssistantWithToolsAndKnowledgeContext.delete
        assistants_knowledge: ClassVar = AssistantWithToolsAndKnowledgeContext.assistants_knowledge
        assistants_tools: ClassVar = AssistantWithToolsAndKnowledgeContext.assistants_tools
        feedbacks: ClassVar = AssistantWithToolsAndKnowledgeContext.feedbacks
        messages: ClassVar = AssistantWithToolsAndKnowledgeContext.messages

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..assistants import AssistantWithToolsAndKnowledgeContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        assistants_knowledge = FromContext()
        assistants_tools = FromContext()
        feedbacks = FromContext()
        messages = FromContext()
