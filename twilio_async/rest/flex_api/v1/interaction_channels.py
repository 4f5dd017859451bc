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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this InteractionChannel: ``GET /v1/Interactions/{InteractionSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this InteractionChannel: ``GET /v1/Interactions/{InteractionSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        InteractionChannelUpdateArgs,
        """Update this InteractionChannel: ``POST /v1/Interactions/{InteractionSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UO[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (InteractionChannelUpdateChannelStatus | str): ``Status``; enum:interaction_channel_update_channel_status; one of ``closed``, ``inactive``; required.
        routing (Any): ``Routing``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InteractionChannel: ``POST /v1/Interactions/{InteractionSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UO[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (InteractionChannelUpdateChannelStatus | str): ``Status``; enum:interaction_channel_update_channel_status; one of ``closed``, ``inactive``; required.
        routing (Any): ``Routing``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
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
    list = _LIST.list_method(
        ListArgs,
        """List InteractionChannel resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InteractionChannel resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream InteractionChannel resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InteractionChannel resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of InteractionChannel resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InteractionChannel resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
