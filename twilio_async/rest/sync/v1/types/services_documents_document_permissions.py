# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""DocumentPermission models (``services.documents.document_permissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_documents_document_permissions import DocumentPermissionContext


class DocumentPermission(InstanceModel["DocumentPermissionContext"]):
    """A DocumentPermission as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    document_sid: str | None = None
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str | None = None

    _key_field = "identity"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DocumentPermissionContext.fetch
        update: ClassVar = DocumentPermissionContext.update
        delete: ClassVar = DocumentPermissionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_documents_document_permissions import DocumentPermissionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
