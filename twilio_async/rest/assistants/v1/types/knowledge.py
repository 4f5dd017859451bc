# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Knowledge models (``knowledge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..knowledge import KnowledgeContext


class Knowledge(InstanceModel["KnowledgeContext"]):
    """A Knowledge as returned by the API."""

    description: str | None = None
    id: str | None = None
    account_sid: str | None = None
    knowledge_source_details: Any | None = None
    name: str | None = None
    status: str | None = None
    type: str | None = None
    url: str | None = None
    embedding_model: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = KnowledgeContext.fetch
        update: ClassVar = KnowledgeContext.update
        delete: ClassVar = KnowledgeContext.delete
        chunks: ClassVar = KnowledgeContext.chunks
        knowledge_status: ClassVar = KnowledgeContext.knowledge_status

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..knowledge import KnowledgeContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        chunks = FromContext()
        knowledge_status = FromContext()
