# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Channel resources (``services.channels``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
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
    from .enums import ChannelChannelType, ChannelWebhookEnabledType
    from .services_channels_invites import InviteList
    from .services_channels_members import MemberList
    from .services_channels_messages import MessageList
    from .services_channels_webhooks import ChannelWebhookList
    from .types.services_channels import Channel

_TYPES = Models(__package__, ".types.services_channels")
_MODEL = _TYPES("Channel")
_LIST_PATH = "/v2/Services/{0}/Channels"
_INSTANCE_PATH = "/v2/Services/{0}/Channels/{1}"
_CREATE: Operation[Channel] = Operation(
    "channels.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("type", "Type", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("created_by", "CreatedBy", FORM, "string"),
)
_LIST: Operation[Channel] = Operation(
    "channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
).with_params(P("type", "Type", QUERY, "string", many=True))
_FETCH: Operation[Channel] = Operation(
    "channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Channel] = Operation(
    "channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("created_by", "CreatedBy", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "channels.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ChannelCreateArgs(Args):
    x_twilio_webhook_enabled: ChannelWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    type: ChannelChannelType | str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    created_by: str | NotGiven = NOT_GIVEN


class ChannelFilters(Args):
    type: Sequence[ChannelChannelType | str] | NotGiven = NOT_GIVEN


class ChannelListArgs(ChannelFilters, ListArgs): ...


class ChannelPageArgs(ChannelFilters, PageArgs): ...


class ChannelUpdateArgs(Args):
    x_twilio_webhook_enabled: ChannelWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    created_by: str | NotGiven = NOT_GIVEN


class ChannelDeleteArgs(Args):
    x_twilio_webhook_enabled: ChannelWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ChannelContext(InstanceContext):
    """One Channel: ``/v2/Services/{ServiceSid}/Channels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Channel: ``GET /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Channel: ``GET /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        ChannelUpdateArgs,
        """Update this Channel: ``POST /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        created_by (str): ``CreatedBy``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Channel: ``POST /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        created_by (str): ``CreatedBy``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        ChannelDeleteArgs,
        """Delete this Channel: ``DELETE /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Channel: ``DELETE /v2/Services/{ServiceSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    invites: Child[InviteList] = Child(".services_channels_invites", "InviteList")
    members: Child[MemberList] = Child(".services_channels_members", "MemberList")
    messages: Child[MessageList] = Child(".services_channels_messages", "MessageList")
    webhooks: Child[ChannelWebhookList] = Child(".services_channels_webhooks", "ChannelWebhookList")


class ChannelList(KeyedList[ChannelContext]):
    """Channel collection: ``/v2/Services/{ServiceSid}/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ChannelCreateArgs,
        """Create a Channel: ``POST /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        type (ChannelChannelType | str): ``Type``; enum:channel_channel_type; one of ``public``, ``private``; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        created_by (str): ``CreatedBy``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Channel: ``POST /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ChannelWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:channel_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        type (ChannelChannelType | str): ``Type``; enum:channel_channel_type; one of ``public``, ``private``; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        created_by (str): ``CreatedBy``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ChannelListArgs,
        """List Channel resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Channel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Channel resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Channel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ChannelListArgs,
        """Stream Channel resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Channel.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Channel resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Channel.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        ChannelPageArgs,
        """One page of Channel resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Channel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Channel resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels``.

    Parameters are sent in the query string unless noted.

    Args:
        type (Sequence[ChannelChannelType | str]): ``Type``; list<enum:channel_channel_type>; one of ``public``, ``private``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Channel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
