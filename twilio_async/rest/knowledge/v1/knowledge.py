# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""Knowledge resources (``knowledge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
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
    from .knowledge_chunks import KnowledgeChunkList
    from .knowledge_knowledge_status import KnowledgeStatusList
    from .types.knowledge import Knowledge

_TYPES = Models(__package__, ".types.knowledge")
_MODEL = _TYPES("Knowledge")
_LIST_PATH = "/v1/Knowledge"
_INSTANCE_PATH = "/v1/Knowledge/{0}"
_CREATE: Operation[Knowledge] = Operation(
    "knowledge.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("description", "description", JSON, "string"),
    P("knowledge_source_details", "knowledge_source_details", JSON, "object"),
    P("name", "name", JSON, "string", required=True),
    P("policy", "policy", JSON, "object"),
    P("type", "type", JSON, "string", required=True),
    P("embedding_model", "embedding_model", JSON, "string"),
)
_LIST: Operation[Knowledge] = Operation(
    "knowledge.list", "GET", _LIST_PATH, body="none", list_key="knowledge", model=_MODEL
).with_params(P("tags", "Tags", QUERY, "string"))
_FETCH: Operation[Knowledge] = Operation(
    "knowledge.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Knowledge] = Operation(
    "knowledge.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("description", "description", JSON, "string"),
    P("knowledge_source_details", "knowledge_source_details", JSON, "object"),
    P("name", "name", JSON, "string"),
    P("policy", "policy", JSON, "object"),
    P("type", "type", JSON, "string"),
    P("embedding_model", "embedding_model", JSON, "string"),
)
_DELETE: Operation[None] = Operation("knowledge.delete", "DELETE", _INSTANCE_PATH, body="none")


class KnowledgeCreateArgs(Args):
    description: str | NotGiven = NOT_GIVEN
    knowledge_source_details: Any | NotGiven = NOT_GIVEN
    name: str
    policy: Any | NotGiven = NOT_GIVEN
    type: str
    embedding_model: str | NotGiven = NOT_GIVEN


class KnowledgeFilters(Args):
    tags: str | NotGiven = NOT_GIVEN


class KnowledgeListArgs(KnowledgeFilters, ListArgs): ...


class KnowledgePageArgs(KnowledgeFilters, PageArgs): ...


class KnowledgeUpdateArgs(Args):
    description: str | NotGiven = NOT_GIVEN
    knowledge_source_details: Any | NotGiven = NOT_GIVEN
    name: str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN
    type: str | NotGiven = NOT_GIVEN
    embedding_model: str | NotGiven = NOT_GIVEN


class KnowledgeContext(InstanceContext):
    """One Knowledge: ``/v1/Knowledge/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Knowledge: ``GET /v1/Knowledge/{id}``."""
    update = _UPDATE.call_method(KnowledgeUpdateArgs)
    """Update this Knowledge: ``PUT /v1/Knowledge/{id}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Knowledge: ``DELETE /v1/Knowledge/{id}``; returns True."""
    chunks: Child[KnowledgeChunkList] = Child(".knowledge_chunks", "KnowledgeChunkList")
    knowledge_status: Child[KnowledgeStatusList] = Child(
        ".knowledge_knowledge_status", "KnowledgeStatusList"
    )


class KnowledgeList(KeyedList[KnowledgeContext]):
    """Knowledge collection: ``/v1/Knowledge``."""

    __slots__ = ()
    _key = ("id", "id", None)
    create = _CREATE.call_method(KnowledgeCreateArgs)
    """Create a Knowledge: ``POST /v1/Knowledge``."""
    list = _LIST.list_method(KnowledgeListArgs)
    """List Knowledge resources: ``GET /v1/Knowledge``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(KnowledgeListArgs)
    """Stream Knowledge resources: ``GET /v1/Knowledge``; one page in memory at a time."""
    page = _LIST.page_method(KnowledgePageArgs)
    """One page of Knowledge resources: ``GET /v1/Knowledge``; ``next_page()`` moves on."""
