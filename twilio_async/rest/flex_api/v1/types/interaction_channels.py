# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannel models (``interaction.channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import InteractionChannelChannelStatus, InteractionChannelType

if TYPE_CHECKING:
    from ..interaction_channels import InteractionChannelContext


class InteractionChannel(InstanceModel["InteractionChannelContext"]):
    """A InteractionChannel as returned by the API."""

    sid: str
    interaction_sid: str | None = None
    type: InteractionChannelType | None = None
    status: InteractionChannelChannelStatus | None = None
    error_code: WireInt | None = None
    error_message: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InteractionChannelContext.fetch
        update: ClassVar = InteractionChannelContext.update
        invites: ClassVar = InteractionChannelContext.invites
        participants: ClassVar = InteractionChannelContext.participants
        transfers: ClassVar = InteractionChannelContext.transfers

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..interaction_channels import InteractionChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        invites = FromContext()
        participants = FromContext()
        transfers = FromContext()
