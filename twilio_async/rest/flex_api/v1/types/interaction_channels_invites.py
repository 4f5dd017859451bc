# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannelInvite models (``interaction.channels.invites``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class InteractionChannelInvite(TwilioModel):
    """A InteractionChannelInvite as returned by the API."""

    sid: str | None = None
    interaction_sid: str | None = None
    channel_sid: str | None = None
    routing: Any | None = None
    url: str | None = None
