# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""OutgoingCallerId models (``accounts.outgoing_caller_ids``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel, TwilioModel

if TYPE_CHECKING:
    from ..accounts_outgoing_caller_ids import OutgoingCallerIdContext


class OutgoingCallerId(InstanceModel["OutgoingCallerIdContext"]):
    """A OutgoingCallerId as returned by the API."""

    sid: str = Field(alias="Sid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    phone_number: str | None = Field(default=None, alias="PhoneNumber")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OutgoingCallerIdContext.fetch
        update: ClassVar = OutgoingCallerIdContext.update
        delete: ClassVar = OutgoingCallerIdContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_outgoing_caller_ids import OutgoingCallerIdContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()


class ValidationRequest(TwilioModel):
    """A ValidationRequest as returned by the API."""

    account_sid: str | None = Field(default=None, alias="AccountSid")
    phone_number: str | None = Field(default=None, alias="PhoneNumber")
    friendly_name: str | None = Field(default=None, alias="FriendlyName")
    validation_code: str | None = Field(default=None, alias="ValidationCode")
