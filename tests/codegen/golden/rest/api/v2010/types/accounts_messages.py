# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Message models (``accounts.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireDecimal, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import MessageDirection, MessageStatus

if TYPE_CHECKING:
    from ..accounts_messages import MessageContext


class Message(InstanceModel["MessageContext"]):
    """A Message as returned by the API."""

    sid: str
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    body: str | None = None
    status: MessageStatus | None = None
    direction: MessageDirection | None = None
    num_segments: WireInt | None = None
    price: WireDecimal | None = None
    date_sent: Rfc2822DateTime | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MessageContext.fetch
        update: ClassVar = MessageContext.update
        delete: ClassVar = MessageContext.delete
        media: ClassVar = MessageContext.media

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_messages import MessageContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        media = FromContext()
