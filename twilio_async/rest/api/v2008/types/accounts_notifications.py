# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Notification models (``accounts.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import NotificationLog

if TYPE_CHECKING:
    from ..accounts_notifications import NotificationContext


class Notification(InstanceModel["NotificationContext"]):
    """A Notification as returned by the API."""

    sid: str = Field(alias="Sid")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    call_sid: str | None = Field(default=None, alias="CallSid")
    log: NotificationLog | None = Field(default=None, alias="Log")
    error_code: WireInt | None = Field(default=None, alias="ErrorCode")
    more_info: str | None = Field(default=None, alias="MoreInfo")
    message_text: str | None = Field(default=None, alias="MessageText")
    message_date: Rfc2822DateTime | None = Field(default=None, alias="MessageDate")
    request_url: str | None = Field(default=None, alias="RequestURL")
    request_method: str | None = Field(default=None, alias="RequestMethod")
    request_variables: str | None = Field(default=None, alias="RequestVariables")
    response_headers: str | None = Field(default=None, alias="ResponseHeaders")
    response_body: str | None = Field(default=None, alias="ResponseBody")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = NotificationContext.fetch
        delete: ClassVar = NotificationContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_notifications import NotificationContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
