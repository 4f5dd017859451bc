# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannel resources (``interaction.channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import InteractionChannelUpdateChannelStatus
    from .interaction_channels_invites import InteractionChannelInviteList
    from .interaction_channels_participants import InteractionChannelParticipantList
    from .interaction_channels_transfers import InteractionTransferList
    from .types.interaction_channels import InteractionChannel

_TYPES = Models(__package__, ".types.interaction_channels")
_MODEL = _TYPES("InteractionChannel")
_LIST_PATH = "/v1/Interactions/{0}/Channels"
_INSTANCE_PATH = "/v1/Interactions/{0}/Channels/{1}"
_LIST: Operation[InteractionChannel] = Operation(
    "channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)
_FETCH: Operation[InteractionChannel] = Operation(
    "channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InteractionChannel] = Operation(
    "channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string", required=True), P("routing", "Routing", FORM, "object")
)


class InteractionChannelUpdateArgs(Args):
    status: InteractionChannelUpdateChannelStatus | str
    routing: Any | NotGiven = NOT_GIVEN


class InteractionChannelContext(InstanceContext):
    """One InteractionChannel: ``/v1/Interactions/{InteractionSid}/Channels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this InteractionChannel: ``GET /v1/Interactions/{InteractionSid}/Channels/{Sid}``."""
    update = _UPDATE.call_method(InteractionChannelUpdateArgs)
    """Update this InteractionChannel: ``POST /v1/Interactions/{InteractionSid}/Channels/{Sid}``."""
    invites: Child[InteractionChannelInviteList] = Child(
        ".interaction_channels_invites", "InteractionChannelInviteList"
    )
    participants: Child[InteractionChannelParticipantList] = Child(
        ".interaction_channels_participants", "InteractionChannelParticipantList"
    )
    transfers: Child[InteractionTransferList] = Child(
        ".interaction_channels_transfers", "InteractionTransferList"
    )


class InteractionChannelList(KeyedList[InteractionChannelContext]):
    """InteractionChannel collection: ``/v1/Interactions/{InteractionSid}/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^UO[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List InteractionChannel resources: ``GET /v1/Interactions/{InteractionSid}/Channels``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream InteractionChannel resources: ``GET /v1/Interactions/{InteractionSid}/Channels``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of InteractionChannel resources: ``GET /v1/Interactions/{InteractionSid}/Channels``; ``next_page()`` moves on."""
