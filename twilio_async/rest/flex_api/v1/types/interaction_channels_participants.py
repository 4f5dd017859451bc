# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannelParticipant models (``interaction.channels.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import InteractionChannelParticipantType

if TYPE_CHECKING:
    from ..interaction_channels_participants import InteractionChannelParticipantContext


class InteractionChannelParticipant(InstanceModel["InteractionChannelParticipantContext"]):
    """A InteractionChannelParticipant as returned by the API."""

    sid: str
    type: InteractionChannelParticipantType | None = None
    interaction_sid: str | None = None
    channel_sid: str | None = None
    url: str | None = None
    routing_properties: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = InteractionChannelParticipantContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..interaction_channels_participants import InteractionChannelParticipantContext  # noqa: F401
    else:
        update = FromContext()
