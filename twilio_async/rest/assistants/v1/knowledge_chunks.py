# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeChunk resources (``knowledge.chunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.knowledge_chunks import KnowledgeChunk

_TYPES = Models(__package__, ".types.knowledge_chunks")
_MODEL = _TYPES("KnowledgeChunk")
_LIST_PATH = "/v1/Knowledge/{0}/Chunks"
_LIST: Operation[KnowledgeChunk] = Operation(
    "chunks.list", "GET", _LIST_PATH, body="none", list_key="chunks", model=_MODEL
)


class KnowledgeChunkList(ListResource):
    """KnowledgeChunk collection: ``/v1/Knowledge/{id}/Chunks``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List KnowledgeChunk resources: ``GET /v1/Knowledge/{id}/Chunks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream KnowledgeChunk resources: ``GET /v1/Knowledge/{id}/Chunks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of KnowledgeChunk resources: ``GET /v1/Knowledge/{id}/Chunks``; ``next_page()`` moves on."""
