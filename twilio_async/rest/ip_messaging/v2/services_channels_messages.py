# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Message resources (``services.channels.messages``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import MessageOrderType, MessageWebhookEnabledType
    from .types.services_channels_messages import Message

_TYPES = Models(__package__, ".types.services_channels_messages")
_MODEL = _TYPES("Message")
_LIST_PATH = "/v2/Services/{0}/Channels/{1}/Messages"
_INSTANCE_PATH = "/v2/Services/{0}/Channels/{1}/Messages/{2}"
_CREATE: Operation[Message] = Operation(
    "messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("from_", "From", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("last_updated_by", "LastUpdatedBy", FORM, "string"),
    P("body", "Body", FORM, "string"),
    P("media_sid", "MediaSid", FORM, "string"),
)
_LIST: Operation[Message] = Operation(
    "messages.list", "GET", _LIST_PATH, body="none", list_key="messages", model=_MODEL
).with_params(P("order", "Order", QUERY, "string"))
_FETCH: Operation[Message] = Operation(
    "messages.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Message] = Operation(
    "messages.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("body", "Body", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("last_updated_by", "LastUpdatedBy", FORM, "string"),
    P("from_", "From", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "messages.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class MessageCreateArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    last_updated_by: str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    media_sid: str | NotGiven = NOT_GIVEN


class MessageFilters(Args):
    order: MessageOrderType | str | NotGiven = NOT_GIVEN


class MessageListArgs(MessageFilters, ListArgs): ...


class MessagePageArgs(MessageFilters, PageArgs): ...


class MessageUpdateArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN
    body: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    last_updated_by: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN


class MessageDeleteArgs(Args):
    x_twilio_webhook_enabled: MessageWebhookEnabledType | str | NotGiven = NOT_GIVEN


class MessageContext(InstanceContext):
    """One Message: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Message: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Message: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        MessageUpdateArgs,
        """Update this Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        body (str): ``Body``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        last_updated_by (str): ``LastUpdatedBy``; string; optional.
        from_ (str): ``From``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        body (str): ``Body``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        last_updated_by (str): ``LastUpdatedBy``; string; optional.
        from_ (str): ``From``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        MessageDeleteArgs,
        """Delete this Message: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Message: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class MessageList(KeyedList[MessageContext]):
    """Message collection: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        MessageCreateArgs,
        """Create a Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        from_ (str): ``From``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        last_updated_by (str): ``LastUpdatedBy``; string; optional.
        body (str): ``Body``; string; optional.
        media_sid (str): ``MediaSid``; string; matching ``^ME[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Message: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (MessageWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:message_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        from_ (str): ``From``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        last_updated_by (str): ``LastUpdatedBy``; string; optional.
        body (str): ``Body``; string; optional.
        media_sid (str): ``MediaSid``; string; matching ``^ME[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Message

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        MessageListArgs,
        """List Message resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
    """List Message resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
        """Stream Message resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
    """Stream Message resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
        """One page of Message resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
    """One page of Message resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages``.

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
