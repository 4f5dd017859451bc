# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""SupportingDocument models (``supporting_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SupportingDocumentStatus

if TYPE_CHECKING:
    from ..supporting_documents import SupportingDocumentContext


class SupportingDocument(InstanceModel["SupportingDocumentContext"]):
    """A SupportingDocument as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    mime_type: str | None = None
    status: SupportingDocumentStatus | None = None
    type: str | None = None
    attributes: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SupportingDocumentContext.fetch
        update: ClassVar = SupportingDocumentContext.update
        delete: ClassVar = SupportingDocumentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..supporting_documents import SupportingDocumentContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
