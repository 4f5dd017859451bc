# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionChannelParticipant resources (``interaction.channels.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
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
    from .enums import InteractionChannelParticipantStatus, InteractionChannelParticipantType
    from .types.interaction_channels_participants import InteractionChannelParticipant

_TYPES = Models(__package__, ".types.interaction_channels_participants")
_MODEL = _TYPES("InteractionChannelParticipant")
_LIST_PATH = "/v1/Interactions/{0}/Channels/{1}/Participants"
_INSTANCE_PATH = "/v1/Interactions/{0}/Channels/{1}/Participants/{2}"
_CREATE: Operation[InteractionChannelParticipant] = Operation(
    "participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("media_properties", "MediaProperties", FORM, "object", required=True),
    P("routing_properties", "RoutingProperties", FORM, "object"),
)
_LIST: Operation[InteractionChannelParticipant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_UPDATE: Operation[InteractionChannelParticipant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))


class InteractionChannelParticipantCreateArgs(Args):
    type: InteractionChannelParticipantType | str
    media_properties: Any
    routing_properties: Any | NotGiven = NOT_GIVEN


class InteractionChannelParticipantUpdateArgs(Args):
    status: InteractionChannelParticipantStatus | str


class InteractionChannelParticipantContext(InstanceContext):
    """One InteractionChannelParticipant: ``/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        InteractionChannelParticipantUpdateArgs,
        """Update this InteractionChannelParticipant: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (InteractionChannelParticipantStatus | str): ``Status``; enum:interaction_channel_participant_status; one of ``closed``, ``wrapup``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelParticipant

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InteractionChannelParticipant: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UT[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (InteractionChannelParticipantStatus | str): ``Status``; enum:interaction_channel_participant_status; one of ``closed``, ``wrapup``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelParticipant

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InteractionChannelParticipantList(KeyedList[InteractionChannelParticipantContext]):
    """InteractionChannelParticipant collection: ``/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^UT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InteractionChannelParticipantCreateArgs,
        """Create a InteractionChannelParticipant: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        type (InteractionChannelParticipantType | str): ``Type``; enum:interaction_channel_participant_type; one of ``supervisor``, ``customer``, ``external``, ``agent``, ``unknown``; required.
        media_properties (Any): ``MediaProperties``; object; required.
        routing_properties (Any): ``RoutingProperties``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelParticipant

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InteractionChannelParticipant: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        type (InteractionChannelParticipantType | str): ``Type``; enum:interaction_channel_participant_type; one of ``supervisor``, ``customer``, ``external``, ``agent``, ``unknown``; required.
        media_properties (Any): ``MediaProperties``; object; required.
        routing_properties (Any): ``RoutingProperties``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelParticipant

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        ListArgs,
        """List InteractionChannelParticipant resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannelParticipant]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InteractionChannelParticipant resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannelParticipant]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream InteractionChannelParticipant resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannelParticipant.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InteractionChannelParticipant resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannelParticipant.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of InteractionChannelParticipant resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannelParticipant]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InteractionChannelParticipant resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannelParticipant]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
