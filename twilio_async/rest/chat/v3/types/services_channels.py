# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Channel models (``services.channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ChannelChannelType

if TYPE_CHECKING:
    from ..services_channels import ChannelContext


class Channel(InstanceModel["ChannelContext"]):
    """A Channel as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = None
    type: ChannelChannelType | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None
    members_count: int | None = None
    messages_count: int | None = None
    messaging_service_sid: str | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = ChannelContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channels import ChannelContext  # noqa: F401
    else:
        update = FromContext()
