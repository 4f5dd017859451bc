# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeStatus resources (``knowledge.knowledge_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.knowledge_knowledge_status import KnowledgeStatus

_TYPES = Models(__package__, ".types.knowledge_knowledge_status")
_MODEL = _TYPES("KnowledgeStatus")
_INSTANCE_PATH = "/v1/Knowledge/{0}/Status"
_FETCH: Operation[KnowledgeStatus] = Operation(
    "knowledge_status.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class KnowledgeStatusContext(InstanceContext):
    """One KnowledgeStatus: ``/v1/Knowledge/{id}/Status``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this KnowledgeStatus: ``GET /v1/Knowledge/{id}/Status``."""


class KnowledgeStatusList(SingletonList[KnowledgeStatusContext]):
    """KnowledgeStatus collection."""

    __slots__ = ()
