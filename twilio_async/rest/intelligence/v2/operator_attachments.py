# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorAttachments resources (``operator_attachments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, Child, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .operator_attachments_operator_attachment import OperatorAttachmentList
    from .types.operator_attachments import OperatorAttachments

_TYPES = Models(__package__, ".types.operator_attachments")
_MODEL = _TYPES("OperatorAttachments")
_INSTANCE_PATH = "/v2/Services/{0}/Operators"
_FETCH: Operation[OperatorAttachments] = Operation(
    "operator_attachments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class OperatorAttachmentsContext(InstanceContext):
    """One OperatorAttachments: ``/v2/Services/{ServiceSid}/Operators``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this OperatorAttachments: ``GET /v2/Services/{ServiceSid}/Operators``.

    The instance is addressed by ``{ServiceSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorAttachments

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this OperatorAttachments: ``GET /v2/Services/{ServiceSid}/Operators``.

    The instance is addressed by ``{ServiceSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorAttachments

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    operator_attachment: Child[OperatorAttachmentList] = Child(
        ".operator_attachments_operator_attachment", "OperatorAttachmentList"
    )


class OperatorAttachmentsList(KeyedList[OperatorAttachmentsContext]):
    """OperatorAttachments collection."""

    __slots__ = ()
    _key = ("ServiceSid", "service_sid", "^LY[0-9a-fA-F]{32}$")
