# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""WebChannel resources (``web_channel``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .enums import WebChannelChatStatus
    from .types.web_channel import WebChannel

_TYPES = Models(__package__, ".types.web_channel")
_MODEL = _TYPES("WebChannel")
_LIST_PATH = "/v1/WebChannels"
_INSTANCE_PATH = "/v1/WebChannels/{0}"
_CREATE: Operation[WebChannel] = Operation(
    "web_channel.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_flow_sid", "FlexFlowSid", FORM, "string", required=True),
    P("identity", "Identity", FORM, "string", required=True),
    P("customer_friendly_name", "CustomerFriendlyName", FORM, "string", required=True),
    P("chat_friendly_name", "ChatFriendlyName", FORM, "string", required=True),
    P("chat_unique_name", "ChatUniqueName", FORM, "string"),
    P("pre_engagement_data", "PreEngagementData", FORM, "string"),
)
_LIST: Operation[WebChannel] = Operation(
    "web_channel.list", "GET", _LIST_PATH, body="none", list_key="flex_chat_channels", model=_MODEL
)
_FETCH: Operation[WebChannel] = Operation(
    "web_channel.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[WebChannel] = Operation(
    "web_channel.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("chat_status", "ChatStatus", FORM, "string"),
    P("post_engagement_data", "PostEngagementData", FORM, "string"),
)
_DELETE: Operation[None] = Operation("web_channel.delete", "DELETE", _INSTANCE_PATH, body="none")


class WebChannelCreateArgs(Args):
    flex_flow_sid: str
    identity: str
    customer_friendly_name: str
    chat_friendly_name: str
    chat_unique_name: str | NotGiven = NOT_GIVEN
    pre_engagement_data: str | NotGiven = NOT_GIVEN


class WebChannelUpdateArgs(Args):
    chat_status: WebChannelChatStatus | str | NotGiven = NOT_GIVEN
    post_engagement_data: str | NotGiven = NOT_GIVEN


class WebChannelContext(InstanceContext):
    """One WebChannel: ``/v1/WebChannels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this WebChannel: ``GET /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this WebChannel: ``GET /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        WebChannelUpdateArgs,
        """Update this WebChannel: ``POST /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        chat_status (WebChannelChatStatus | str): ``ChatStatus``; enum:web_channel_chat_status; one of ``inactive``; optional.
        post_engagement_data (str): ``PostEngagementData``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this WebChannel: ``POST /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        chat_status (WebChannelChatStatus | str): ``ChatStatus``; enum:web_channel_chat_status; one of ``inactive``; optional.
        post_engagement_data (str): ``PostEngagementData``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this WebChannel: ``DELETE /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this WebChannel: ``DELETE /v1/WebChannels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class WebChannelList(KeyedList[WebChannelContext]):
    """WebChannel collection: ``/v1/WebChannels``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        WebChannelCreateArgs,
        """Create a WebChannel: ``POST /v1/WebChannels``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_flow_sid (str): ``FlexFlowSid``; string; matching ``^FO[0-9a-fA-F]{32}$``; required.
        identity (str): ``Identity``; string; required.
        customer_friendly_name (str): ``CustomerFriendlyName``; string; required.
        chat_friendly_name (str): ``ChatFriendlyName``; string; required.
        chat_unique_name (str): ``ChatUniqueName``; string; optional.
        pre_engagement_data (str): ``PreEngagementData``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a WebChannel: ``POST /v1/WebChannels``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_flow_sid (str): ``FlexFlowSid``; string; matching ``^FO[0-9a-fA-F]{32}$``; required.
        identity (str): ``Identity``; string; required.
        customer_friendly_name (str): ``CustomerFriendlyName``; string; required.
        chat_friendly_name (str): ``ChatFriendlyName``; string; required.
        chat_unique_name (str): ``ChatUniqueName``; string; optional.
        pre_engagement_data (str): ``PreEngagementData``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WebChannel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        ListArgs,
        """List WebChannel resources, every page up to ``limit`` items: ``GET /v1/WebChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WebChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List WebChannel resources, every page up to ``limit`` items: ``GET /v1/WebChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WebChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream WebChannel resources, one page in memory at a time: ``GET /v1/WebChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WebChannel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream WebChannel resources, one page in memory at a time: ``GET /v1/WebChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WebChannel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of WebChannel resources (``next_page()`` moves on): ``GET /v1/WebChannels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WebChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of WebChannel resources (``next_page()`` moves on): ``GET /v1/WebChannels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WebChannel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
