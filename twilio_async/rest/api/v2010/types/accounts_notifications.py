# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""NotificationInstance models (``accounts.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_notifications import NotificationInstanceContext


class NotificationInstance(InstanceModel["NotificationInstanceContext"]):
    """A NotificationInstance as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    call_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    error_code: str | None = None
    log: str | None = None
    message_date: Rfc2822DateTime | None = None
    message_text: str | None = None
    more_info: str | None = None
    request_method: str | None = None
    request_url: str | None = None
    request_variables: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    sid: str
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = NotificationInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_notifications import NotificationInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
