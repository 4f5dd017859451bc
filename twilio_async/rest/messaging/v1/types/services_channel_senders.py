# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ChannelSender models (``services.channel_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_channel_senders import ChannelSenderContext


class ChannelSender(InstanceModel["ChannelSenderContext"]):
    """A ChannelSender as returned by the API."""

    account_sid: str | None = None
    messaging_service_sid: str | None = None
    sid: str | None = None
    sender: str | None = None
    sender_type: str | None = None
    country_code: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ChannelSenderContext.fetch
        delete: ClassVar = ChannelSenderContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channel_senders import ChannelSenderContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
