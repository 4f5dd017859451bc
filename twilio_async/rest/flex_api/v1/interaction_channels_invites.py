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
    create = _CREATE.call_method(
        InteractionChannelInviteCreateArgs,
        """Create a InteractionChannelInvite: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the form body unless noted.

    Args:
        routing (Any): ``Routing``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelInvite

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InteractionChannelInvite: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the form body unless noted.

    Args:
        routing (Any): ``Routing``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionChannelInvite

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        ListArgs,
        """List InteractionChannelInvite resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannelInvite]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InteractionChannelInvite resources, every page up to ``limit`` items: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InteractionChannelInvite]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream InteractionChannelInvite resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannelInvite.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InteractionChannelInvite resources, one page in memory at a time: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InteractionChannelInvite.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of InteractionChannelInvite resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannelInvite]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InteractionChannelInvite resources (``next_page()`` moves on): ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InteractionChannelInvite]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
