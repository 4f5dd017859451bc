# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Message models (``accounts.messages``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel

from ..accounts_messages import MessageContext
from ..enums import MessageDirection, MessageStatus


class Message(InstanceModel[MessageContext]):
    """A Message as returned by the API."""

    sid: str | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    body: str | None = None
    status: MessageStatus | None = None
    direction: MessageDirection | None = None
    num_segments: int | None = None
    price: Decimal | None = None
    date_sent: Rfc2822DateTime | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    fetch: ClassVar = MessageContext.fetch
    update: ClassVar = MessageContext.update
    delete: ClassVar = MessageContext.delete
    media: ClassVar = MessageContext.media
