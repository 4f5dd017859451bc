# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ApprovalFetch models (``contents.approval_fetch``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..contents_approval_fetch import ApprovalFetchContext


class ApprovalFetch(InstanceModel["ApprovalFetchContext"]):
    """A ApprovalFetch as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    whatsapp: Any | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ApprovalFetchContext.fetch
    else:
        fetch = FromContext()
