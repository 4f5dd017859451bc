# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannelInvite resources (``interaction.channels.invites``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.interaction_channels_invites import InteractionChannelInvite

_TYPES = Models(__package__, ".types.interaction_channels_invites")
_MODEL = _TYPES("InteractionChannelInvite")
_LIST_PATH = "/v1/Interactions/{0}/Channels/{1}/Invites"
_CREATE: Operation[InteractionChannelInvite] = Operation(
    "invites.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("routing", "Routing", FORM, "object", required=True))
_LIST: Operation[InteractionChannelInvite] = Operation(
    "invites.list", "GET", _LIST_PATH, body="none", list_key="invites", model=_MODEL
)


class InteractionChannelInviteCreateArgs(Args):
    routing: Any


class InteractionChannelInviteList(ListResource):
    """InteractionChannelInvite collection: ``/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``."""

    __slots__ = ()
    create = _CREATE.call_method(InteractionChannelInviteCreateArgs)
    """Create a InteractionChannelInvite: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``."""
    list = _LIST.list_method(ListArgs)
    """List InteractionChannelInvite resources: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream InteractionChannelInvite resources: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of InteractionChannelInvite resources: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``; ``next_page()`` moves on."""
