# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""Member resources (``services.channels.members``)."""

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
    from .types.services_channels_members import Member

_TYPES = Models(__package__, ".types.services_channels_members")
_MODEL = _TYPES("Member")
_LIST_PATH = "/v1/Services/{0}/Channels/{1}/Members"
_INSTANCE_PATH = "/v1/Services/{0}/Channels/{1}/Members/{2}"
_CREATE: Operation[Member] = Operation(
    "members.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("role_sid", "RoleSid", FORM, "string"),
)
_LIST: Operation[Member] = Operation(
    "members.list", "GET", _LIST_PATH, body="none", list_key="members", model=_MODEL
).with_params(P("identity", "Identity", QUERY, "string", many=True))
_FETCH: Operation[Member] = Operation(
    "members.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Member] = Operation(
    "members.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("role_sid", "RoleSid", FORM, "string"),
    P("last_consumed_message_index", "LastConsumedMessageIndex", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("members.delete", "DELETE", _INSTANCE_PATH, body="none")


class MemberCreateArgs(Args):
    identity: str
    role_sid: str | NotGiven = NOT_GIVEN


class MemberFilters(Args):
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class MemberListArgs(MemberFilters, ListArgs): ...


class MemberPageArgs(MemberFilters, PageArgs): ...


class MemberUpdateArgs(Args):
    role_sid: str | NotGiven = NOT_GIVEN
    last_consumed_message_index: int | NotGiven = NOT_GIVEN


class MemberContext(InstanceContext):
    """One Member: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Member: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Member: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        MemberUpdateArgs,
        """Update this Member: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Member: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        last_consumed_message_index (int): ``LastConsumedMessageIndex``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Member: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Member: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^MB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class MemberList(KeyedList[MemberContext]):
    """Member collection: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^MB[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        MemberCreateArgs,
        """Create a Member: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Member: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        MemberListArgs,
        """List Member resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Member resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        MemberListArgs,
        """Stream Member resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Member resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        MemberPageArgs,
        """One page of Member resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Member resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Members``.

    Parameters are sent in the query string unless noted.

    Args:
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/chat
    """
