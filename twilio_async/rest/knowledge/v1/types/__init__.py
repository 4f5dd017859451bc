# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""Response models of knowledge v1, loaded on first access: ``from twilio_async.rest.knowledge.v1.types import Knowledge``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .knowledge import Knowledge as Knowledge
    from .knowledge_chunks import KnowledgeChunk as KnowledgeChunk
    from .knowledge_knowledge_status import KnowledgeStatus as KnowledgeStatus

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Knowledge": ".knowledge",
    "KnowledgeChunk": ".knowledge_chunks",
    "KnowledgeStatus": ".knowledge_knowledge_status",
}
__all__ = [
    "Knowledge",
    "KnowledgeChunk",
    "KnowledgeStatus",
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
