# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannelParticipant models (``interaction.channels.participants``)."""

from __future__ import annotations

from typing import Any, ClassVar

from twilio_async._models import InstanceModel

from ..enums import InteractionChannelParticipantType
from ..interaction_channels_participants import InteractionChannelParticipantContext


class InteractionChannelParticipant(InstanceModel[InteractionChannelParticipantContext]):
    """A InteractionChannelParticipant as returned by the API."""

    sid: str | None = None
    type: InteractionChannelParticipantType | None = None
    interaction_sid: str | None = None
    channel_sid: str | None = None
    url: str | None = None
    routing_properties: Any | None = None

    _key_field = "sid"
    update: ClassVar = InteractionChannelParticipantContext.update
