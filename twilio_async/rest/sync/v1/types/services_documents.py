# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Document models (``services.documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_documents import DocumentContext


class Document(InstanceModel["DocumentContext"]):
    """A Document as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    revision: str | None = None
    data: Any | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DocumentContext.fetch
        update: ClassVar = DocumentContext.update
        delete: ClassVar = DocumentContext.delete
        document_permissions: ClassVar = DocumentContext.document_permissions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_documents import DocumentContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        document_permissions = FromContext()
