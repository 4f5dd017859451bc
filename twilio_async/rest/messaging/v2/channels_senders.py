# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""ChannelsSenderResponse resources (``channels_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
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
    from .types.channels_senders import ChannelsSenderResponse

_TYPES = Models(__package__, ".types.channels_senders")
_MODEL = _TYPES("ChannelsSenderResponse")
_LIST_PATH = "/v2/Channels/Senders"
_INSTANCE_PATH = "/v2/Channels/Senders/{0}"
_CREATE: Operation[ChannelsSenderResponse] = Operation(
    "channels_senders.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("sender_id", "sender_id", JSON, "object", required=True),
    P("configuration", "configuration", JSON, "object"),
    P("webhook", "webhook", JSON, "object"),
    P("profile", "profile", JSON, "object"),
)
_LIST: Operation[ChannelsSenderResponse] = Operation(
    "channels_senders.list", "GET", _LIST_PATH, body="none", list_key="senders", model=_MODEL
).with_params(P("channel", "Channel", QUERY, "string", required=True))
_FETCH: Operation[ChannelsSenderResponse] = Operation(
    "channels_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ChannelsSenderResponse] = Operation(
    "channels_senders.update", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("configuration", "configuration", JSON, "object"),
    P("webhook", "webhook", JSON, "object"),
    P("profile", "profile", JSON, "object"),
)
_DELETE: Operation[None] = Operation(
    "channels_senders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ChannelsSenderResponseCreateArgs(Args):
    sender_id: Any
    configuration: Any | NotGiven = NOT_GIVEN
    webhook: Any | NotGiven = NOT_GIVEN
    profile: Any | NotGiven = NOT_GIVEN


class ChannelsSenderResponseFilters(Args):
    channel: str


class ChannelsSenderResponseListArgs(ChannelsSenderResponseFilters, ListArgs): ...


class ChannelsSenderResponsePageArgs(ChannelsSenderResponseFilters, PageArgs): ...


class ChannelsSenderResponseUpdateArgs(Args):
    configuration: Any | NotGiven = NOT_GIVEN
    webhook: Any | NotGiven = NOT_GIVEN
    profile: Any | NotGiven = NOT_GIVEN


class ChannelsSenderResponseContext(InstanceContext):
    """One ChannelsSenderResponse: ``/v2/Channels/Senders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ChannelsSenderResponse: ``GET /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this ChannelsSenderResponse: ``GET /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    update = _UPDATE.call_method(
        ChannelsSenderResponseUpdateArgs,
        """Update this ChannelsSenderResponse: ``POST /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        configuration (Any): ``configuration``; object; optional.
        webhook (Any): ``webhook``; object; optional.
        profile (Any): ``profile``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Update this ChannelsSenderResponse: ``POST /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        configuration (Any): ``configuration``; object; optional.
        webhook (Any): ``webhook``; object; optional.
        profile (Any): ``profile``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ChannelsSenderResponse: ``DELETE /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this ChannelsSenderResponse: ``DELETE /v2/Channels/Senders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class ChannelsSenderResponseList(KeyedList[ChannelsSenderResponseContext]):
    """ChannelsSenderResponse collection: ``/v2/Channels/Senders``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ChannelsSenderResponseCreateArgs,
        """Create a ChannelsSenderResponse: ``POST /v2/Channels/Senders``.

    Parameters are sent in the JSON body unless noted.

    Args:
        sender_id (Any): ``sender_id``; object; required.
        configuration (Any): ``configuration``; object; optional.
        webhook (Any): ``webhook``; object; optional.
        profile (Any): ``profile``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a ChannelsSenderResponse: ``POST /v2/Channels/Senders``.

    Parameters are sent in the JSON body unless noted.

    Args:
        sender_id (Any): ``sender_id``; object; required.
        configuration (Any): ``configuration``; object; optional.
        webhook (Any): ``webhook``; object; optional.
        profile (Any): ``profile``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelsSenderResponse

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        ChannelsSenderResponseListArgs,
        """List ChannelsSenderResponse resources, every page up to ``limit`` items: ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelsSenderResponse]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List ChannelsSenderResponse resources, every page up to ``limit`` items: ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelsSenderResponse]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        ChannelsSenderResponseListArgs,
        """Stream ChannelsSenderResponse resources, one page in memory at a time: ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelsSenderResponse.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream ChannelsSenderResponse resources, one page in memory at a time: ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelsSenderResponse.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        ChannelsSenderResponsePageArgs,
        """One page of ChannelsSenderResponse resources (``next_page()`` moves on): ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelsSenderResponse]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of ChannelsSenderResponse resources (``next_page()`` moves on): ``GET /v2/Channels/Senders``.

    Parameters are sent in the query string unless noted.

    Args:
        channel (str): ``Channel``; string; required.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelsSenderResponse]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
