# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""Invite resources (``services.channels.invites``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .types.services_channels_invites import Invite

_TYPES = Models(__package__, ".types.services_channels_invites")
_MODEL = _TYPES("Invite")
_LIST_PATH = "/v1/Services/{0}/Channels/{1}/Invites"
_INSTANCE_PATH = "/v1/Services/{0}/Channels/{1}/Invites/{2}"
_CREATE: Operation[Invite] = Operation(
    "invites.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("role_sid", "RoleSid", FORM, "string"),
)
_LIST: Operation[Invite] = Operation(
    "invites.list", "GET", _LIST_PATH, body="none", list_key="invites", model=_MODEL
).with_params(P("identity", "Identity", QUERY, "string", many=True))
_FETCH: Operation[Invite] = Operation(
    "invites.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("invites.delete", "DELETE", _INSTANCE_PATH, body="none")


class InviteCreateArgs(Args):
    identity: str
    role_sid: str | NotGiven = NOT_GIVEN


class InviteFilters(Args):
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class InviteListArgs(InviteFilters, ListArgs): ...


class InvitePageArgs(InviteFilters, PageArgs): ...


class InviteContext(InstanceContext):
    """One Invite: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Invite: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Invite

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Invite: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Invite

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Invite: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Invite: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class InviteList(KeyedList[InviteContext]):
    """Invite collection: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InviteCreateArgs,
        """Create a Invite: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Invite

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Invite: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Invite

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        InviteListArgs,
        """List Invite resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Invite]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Invite resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Invite]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        InviteListArgs,
        """Stream Invite resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Invite.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Invite resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Invite.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        InvitePageArgs,
        """One page of Invite resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Invite]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Invite resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Invite]

    Twilio docs: https://www.twilio.com/docs/chat
    """
