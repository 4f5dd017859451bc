# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""Message models (``services.channels.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_channels_messages import MessageContext


class Message(InstanceModel["MessageContext"]):
    """A Message as returned by the API."""

    sid: str
    account_sid: str | None = None
    attributes: str | None = None
    service_sid: str | None = None
    to: str | None = None
    channel_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    was_edited: bool | None = None
    from_: str | None = Field(default=None, alias="from")
    body: str | None = None
    index: WireInt | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MessageContext.fetch
        update: ClassVar = MessageContext.update
        delete: ClassVar = MessageContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channels_messages import MessageContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
