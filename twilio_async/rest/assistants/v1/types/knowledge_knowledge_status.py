# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeStatus models (``knowledge.knowledge_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..knowledge_knowledge_status import KnowledgeStatusContext


class KnowledgeStatus(InstanceModel["KnowledgeStatusContext"]):
    """A KnowledgeStatus as returned by the API."""

    account_sid: str | None = None
    status: str | None = None
    last_status: str | None = None
    date_updated: IsoDateTime | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = KnowledgeStatusContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..knowledge_knowledge_status import KnowledgeStatusContext  # noqa: F401
    else:
        fetch = FromContext()
