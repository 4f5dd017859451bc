# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""SmsMessage models (``accounts.sms.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import SmsStatus

if TYPE_CHECKING:
    from ..accounts_sms_messages import SmsMessageContext


class SmsMessage(InstanceModel["SmsMessageContext"]):
    """A SmsMessage as returned by the API."""

    sid: str = Field(alias="Sid")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")
    date_sent: Rfc2822DateTime | None = Field(default=None, alias="DateSent")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    to: str | None = Field(default=None, alias="To")
    from_: str | None = Field(default=None, alias="From")
    body: str | None = Field(default=None, alias="Body")
    status: SmsStatus | None = Field(default=None, alias="Status")
    flags: WireInt | None = Field(default=None, alias="Flags")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SmsMessageContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sms_messages import SmsMessageContext  # noqa: F401
    else:
        fetch = FromContext()
