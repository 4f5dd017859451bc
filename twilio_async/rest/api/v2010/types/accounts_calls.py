# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Call models (``accounts.calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CallStatus

if TYPE_CHECKING:
    from ..accounts_calls import CallContext


class Call(InstanceModel["CallContext"]):
    """A Call as returned by the API."""

    sid: str
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    parent_call_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    to_formatted: str | None = None
    from_: str | None = Field(default=None, alias="from")
    from_formatted: str | None = None
    phone_number_sid: str | None = None
    status: CallStatus | None = None
    start_time: Rfc2822DateTime | None = None
    end_time: Rfc2822DateTime | None = None
    duration: WireInt | None = None
    price: WireDecimal | None = None
    price_unit: str | None = None
    direction: str | None = None
    answered_by: str | None = None
    api_version: str | None = None
    forwarded_from: str | None = None
    group_sid: str | None = None
    caller_name: str | None = None
    queue_time: WireInt | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallContext.fetch
        update: ClassVar = CallContext.update
        delete: ClassVar = CallContext.delete
        events: ClassVar = CallContext.events
        notifications: ClassVar = CallContext.notifications
        payments: ClassVar = CallContext.payments
        recordings: ClassVar = CallContext.recordings
        siprec: ClassVar = CallContext.siprec
        streams: ClassVar = CallContext.streams
        transcriptions: ClassVar = CallContext.transcriptions
        user_defined_message_subscriptions: ClassVar = (
            CallContext.user_defined_message_subscriptions
        )
        user_defined_messages: ClassVar = CallContext.user_defined_messages

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls import CallContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        events = FromContext()
        notifications = FromContext()
        payments = FromContext()
        recordings = FromContext()
        siprec = FromContext()
        streams = FromContext()
        transcriptions = FromContext()
        user_defined_message_subscriptions = FromContext()
        user_defined_messages = FromContext()
