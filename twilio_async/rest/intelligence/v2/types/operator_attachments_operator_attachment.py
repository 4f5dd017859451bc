# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorAttachment models (``operator_attachments.operator_attachment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..operator_attachments_operator_attachment import OperatorAttachmentContext


class OperatorAttachment(InstanceModel["OperatorAttachmentContext"]):
    """A OperatorAttachment as returned by the API."""

    service_sid: str | None = None
    operator_sid: str
    url: str | None = None

    _key_field = "operator_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = OperatorAttachmentContext.create
        delete: ClassVar = OperatorAttachmentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..operator_attachments_operator_attachment import OperatorAttachmentContext  # noqa: F401
    else:
        create = FromContext()
        delete = FromContext()
