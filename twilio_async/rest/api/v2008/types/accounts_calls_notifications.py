# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""CallNotification models (``accounts.calls.notifications``)."""

from __future__ import annotations

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import TwilioModel

from ..enums import NotificationLog


class CallNotification(TwilioModel):
    """A CallNotification as returned by the API."""

    sid: str | None = Field(default=None, alias="Sid")
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
