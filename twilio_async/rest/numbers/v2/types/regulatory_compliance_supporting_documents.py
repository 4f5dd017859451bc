# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""SupportingDocument models (``regulatory_compliance.supporting_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SupportingDocumentStatus

if TYPE_CHECKING:
    from ..regulatory_compliance_supporting_documents import SupportingDocumentContext


class SupportingDocument(InstanceModel["SupportingDocumentContext"]):
    """A SupportingDocument as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    mime_type: str | None = None
    status: SupportingDocumentStatus | None = None
    failure_reason: str | None = None
    errors: list[Any] | None = None
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
            from ..regulatory_compliance_supporting_documents import SupportingDocumentContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
