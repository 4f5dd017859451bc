# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""AssistantWithToolsAndKnowledge resources (``assistants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .assistants_assistants_knowledge import KnowledgeByAssistantList
    from .assistants_assistants_tools import ToolList
    from .assistants_feedbacks import FeedbackList
    from .assistants_messages import AssistantSendMessageResponseList
    from .types.assistants import AssistantWithToolsAndKnowledge

_TYPES = Models(__package__, ".types.assistants")
_MODEL = _TYPES("AssistantWithToolsAndKnowledge")
_LIST_PATH = "/v1/Assistants"
_INSTANCE_PATH = "/v1/Assistants/{0}"
_CREATE: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("customer_ai", "customer_ai", JSON, "object"),
    P("name", "name", JSON, "string", required=True),
    P("owner", "owner", JSON, "string"),
    P("personality_prompt", "personality_prompt", JSON, "string"),
    P("segment_credential", "segment_credential", JSON, "object"),
)
_LIST: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.list", "GET", _LIST_PATH, body="none", list_key="assistants", model=_MODEL
)
_FETCH: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("customer_ai", "customer_ai", JSON, "object"),
    P("name", "name", JSON, "string"),
    P("owner", "owner", JSON, "string"),
    P("personality_prompt", "personality_prompt", JSON, "string"),
    P("segment_credential", "segment_credential", JSON, "object"),
)
_DELETE: Operation[None] = Operation("assistants.delete", "DELETE", _INSTANCE_PATH, body="none")


class AssistantWithToolsAndKnowledgeCreateArgs(Args):
    customer_ai: Any | NotGiven = NOT_GIVEN
    name: str
    owner: str | NotGiven = NOT_GIVEN
    personality_prompt: str | NotGiven = NOT_GIVEN
    segment_credential: Any | NotGiven = NOT_GIVEN


class AssistantWithToolsAndKnowledgeUpdateArgs(Args):
    customer_ai: Any | NotGiven = NOT_GIVEN
    name: str | NotGiven = NOT_GIVEN
    owner: str | NotGiven = NOT_GIVEN
    personality_prompt: str | NotGiven = NOT_GIVEN
    segment_credential: Any | NotGiven = NOT_GIVEN


class AssistantWithToolsAndKnowledgeContext(InstanceContext):
    """One AssistantWithToolsAndKnowledge: ``/v1/Assistants/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AssistantWithToolsAndKnowledge: ``GET /v1/Assistants/{id}``."""
    update = _UPDATE.call_method(AssistantWithToolsAndKnowledgeUpdateArgs)
    """Update this AssistantWithToolsAndKnowledge: ``PUT /v1/Assistants/{id}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this AssistantWithToolsAndKnowledge: ``DELETE /v1/Assistants/{id}``; returns True."""
    assistants_knowledge: Child[KnowledgeByAssistantList] = Child(
        ".assistants_assistants_knowledge", "KnowledgeByAssistantList"
    )
    assistants_tools: Child[ToolList] = Child(".assistants_assistants_tools", "ToolList")
    feedbacks: Child[FeedbackList] = Child(".assistants_feedbacks", "FeedbackList")
    messages: Child[AssistantSendMessageResponseList] = Child(
        ".assistants_messages", "AssistantSendMessageResponseList"
    )


class AssistantWithToolsAndKnowledgeList(KeyedList[AssistantWithToolsAndKnowledgeContext]):
    """AssistantWithToolsAndKnowledge collection: ``/v1/Assistants``."""

    __slots__ = ()
    _key = ("id", "id", None)
    create = _CREATE.call_method(AssistantWithToolsAndKnowledgeCreateArgs)
    """Create a AssistantWithToolsAndKnowledge: ``POST /v1/Assistants``."""
    list = _LIST.list_method(ListArgs)
    """List AssistantWithToolsAndKnowledge resources: ``GET /v1/Assistants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AssistantWithToolsAndKnowledge resources: ``GET /v1/Assistants``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AssistantWithToolsAndKnowledge resources: ``GET /v1/Assistants``; ``next_page()`` moves on."""
