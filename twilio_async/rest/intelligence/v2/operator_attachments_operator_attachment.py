# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorAttachment resources (``operator_attachments.operator_attachment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.operator_attachments_operator_attachment import OperatorAttachment

_TYPES = Models(__package__, ".types.operator_attachments_operator_attachment")
_MODEL = _TYPES("OperatorAttachment")
_INSTANCE_PATH = "/v2/Services/{0}/Operators/{1}"
_CREATE: Operation[OperatorAttachment] = Operation(
    "operator_attachment.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "operator_attachment.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class OperatorAttachmentContext(InstanceContext):
    """One OperatorAttachment: ``/v2/Services/{ServiceSid}/Operators/{OperatorSid}``."""

    __slots__ = ()
    create = _CREATE.call_method(
        Args,
        """Create a OperatorAttachment: ``POST /v2/Services/{ServiceSid}/Operators/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorAttachment

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Create a OperatorAttachment: ``POST /v2/Services/{ServiceSid}/Operators/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorAttachment

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this OperatorAttachment: ``DELETE /v2/Services/{ServiceSid}/Operators/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Delete this OperatorAttachment: ``DELETE /v2/Services/{ServiceSid}/Operators/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class OperatorAttachmentList(KeyedList[OperatorAttachmentContext]):
    """OperatorAttachment collection."""

    __slots__ = ()
    _key = ("OperatorSid", "operator_sid", "^LY[0-9a-fA-F]{32}$")
