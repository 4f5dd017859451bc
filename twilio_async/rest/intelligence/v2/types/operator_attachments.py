# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorAttachments models (``operator_attachments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..operator_attachments import OperatorAttachmentsContext


class OperatorAttachments(InstanceModel["OperatorAttachmentsContext"]):
    """A OperatorAttachments as returned by the API."""

    service_sid: str
    operator_sids: list[str] | None = None
    url: str | None = None

    _key_field = "service_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OperatorAttachmentsContext.fetch
        operator_attachment: ClassVar = OperatorAttachmentsContext.operator_attachment

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..operator_attachments import OperatorAttachmentsContext  # noqa: F401
    else:
        fetch = FromContext()
        operator_attachment = FromContext()
