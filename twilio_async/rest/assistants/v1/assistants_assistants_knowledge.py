# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeByAssistant resources (``assistants.assistants_knowledge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.assistants_assistants_knowledge import KnowledgeByAssistant

_TYPES = Models(__package__, ".types.assistants_assistants_knowledge")
_MODEL = _TYPES("KnowledgeByAssistant")
_LIST_PATH = "/v1/Assistants/{0}/Knowledge"
_INSTANCE_PATH = "/v1/Assistants/{0}/Knowledge/{1}"
_LIST: Operation[KnowledgeByAssistant] = Operation(
    "assistants_knowledge.list", "GET", _LIST_PATH, body="none", list_key="knowledge", model=_MODEL
)
_CREATE: Operation[KnowledgeByAssistant] = Operation(
    "assistants_knowledge.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "assistants_knowledge.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class KnowledgeByAssistantContext(InstanceContext):
    """One KnowledgeByAssistant: ``/v1/Assistants/{assistantId}/Knowledge/{id}``."""

    __slots__ = ()
    create = _CREATE.call_method(Args)
    """Create a KnowledgeByAssistant: ``POST /v1/Assistants/{assistantId}/Knowledge/{id}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this KnowledgeByAssistant: ``DELETE /v1/Assistants/{assistantId}/Knowledge/{id}``; returns True."""


class KnowledgeByAssistantList(KeyedList[KnowledgeByAssistantContext]):
    """KnowledgeByAssistant collection: ``/v1/Assistants/{assistantId}/Knowledge``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(ListArgs)
    """List KnowledgeByAssistant resources: ``GET /v1/Assistants/{assistantId}/Knowledge``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream KnowledgeByAssistant resources: ``GET /v1/Assistants/{assistantId}/Knowledge``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of KnowledgeByAssistant resources: ``GET /v1/Assistants/{assistantId}/Knowledge``; ``next_page()`` moves on."""
