# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""OutgoingCallerId models (``accounts.outgoing_caller_ids``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel, TwilioModel

from ..accounts_outgoing_caller_ids import OutgoingCallerIdContext


class OutgoingCallerId(InstanceModel[OutgoingCallerIdContext]):
    """A OutgoingCallerId as returned by the API."""

    sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    account_sid: str | None = None
    phone_number: str | None = None
    uri: str | None = None

    _key_field = "sid"
    fetch: ClassVar = OutgoingCallerIdContext.fetch
    update: ClassVar = OutgoingCallerIdContext.update
    delete: ClassVar = OutgoingCallerIdContext.delete


class ValidationRequest(TwilioModel):
    """A ValidationRequest as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    friendly_name: str | None = None
    phone_number: str | None = None
    validation_code: str | None = None
