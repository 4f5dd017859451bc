# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""Message resources (``services.channels.messages``)."""

from __future__ import annotations

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
    from .enums import MessageOrderType
    from .types.services_channels_messages import Message

_TYPES = Models(__package__, ".types.services_channels_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/v1/Services/{0}/Channels/{1}/Messages"
_INSTANCE_PATH = "/v1/Services/{0}/Channels/{1}/Messages/{2}"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("body", "Body", FORM, "string", required=True),
    P("from_", "From", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[Message] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Message] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("body", "Body", FORM, "string"), P("attributes", "Attributes", FORM, "string"))
_DELETE: Operation[None] = Operation("messages.delete", "DELETE", _INSTANCE_PATH, body="none")


class MessageCreateArgs(Args):
    body: str
    from_: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    order: MessageOrderType | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Message: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Message: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        MessageUpdateArgs,
        """Update this Message: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Message: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Message: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Message: ``DELETE /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class MessageList(KeyedList[MessageContext]):
    """Message collection: ``/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        MessageCreateArgs,
        """Create a Message: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; required.
        from_ (str): ``From``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Message: ``POST /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; required.
        from_ (str): ``From``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        MessageListArgs,
        """List Message resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Message resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Message]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        MessageListArgs,
        """Stream Message resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Message resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Message.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        MessagePageArgs,
        """One page of Message resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Message resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the query string unless noted.

    Args:
        order (MessageOrderType | str): ``Order``; enum:message_order_type; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Message]

    Twilio docs: https://www.twilio.com/docs/chat
    """
