# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Channel resources (``channel``)."""

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
    from .types.channel import Channel

_TYPES = Models(__package__, ".types.channel")
_MODEL = _TYPES("Channel")
_LIST_PATH = "/v1/Channels"
_INSTANCE_PATH = "/v1/Channels/{0}"
_CREATE: Operation[Channel] = Operation(
    "channel.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_flow_sid", "FlexFlowSid", FORM, "string", required=True),
    P("identity", "Identity", FORM, "string", required=True),
    P("chat_user_friendly_name", "ChatUserFriendlyName", FORM, "string", required=True),
    P("chat_friendly_name", "ChatFriendlyName", FORM, "string", required=True),
    P("target", "Target", FORM, "string"),
    P("chat_unique_name", "ChatUniqueName", FORM, "string"),
    P("pre_engagement_data", "PreEngagementData", FORM, "string"),
    P("task_sid", "TaskSid", FORM, "string"),
    P("task_attributes", "TaskAttributes", FORM, "string"),
    P("long_lived", "LongLived", FORM, "boolean"),
)
_LIST: Operation[Channel] = Operation(
    "channel.list", "GET", _LIST_PATH, body="none", list_key="flex_chat_channels", model=_MODEL
)
_FETCH: Operation[Channel] = Operation(
    "channel.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("channel.delete", "DELETE", _INSTANCE_PATH, body="none")


class ChannelCreateArgs(Args):
    flex_flow_sid: str
    identity: str
    chat_user_friendly_name: str
    chat_friendly_name: str
    target: str | NotGiven = NOT_GIVEN
    chat_unique_name: str | NotGiven = NOT_GIVEN
    pre_engagement_data: str | NotGiven = NOT_GIVEN
    task_sid: str | NotGiven = NOT_GIVEN
    task_attributes: str | NotGiven = NOT_GIVEN
    long_lived: bool | NotGiven = NOT_GIVEN


class ChannelContext(InstanceContext):
    """One Channel: ``/v1/Channels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Channel: ``GET /v1/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this Channel: ``GET /v1/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Channel: ``DELETE /v1/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this Channel: ``DELETE /v1/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class ChannelList(KeyedList[ChannelContext]):
    """Channel collection: ``/v1/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ChannelCreateArgs,
        """Create a Channel: ``POST /v1/Channels``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_flow_sid (str): ``FlexFlowSid``; string; matching ``^FO[0-9a-fA-F]{32}$``; required.
        identity (str): ``Identity``; string; required.
        chat_user_friendly_name (str): ``ChatUserFriendlyName``; string; required.
        chat_friendly_name (str): ``ChatFriendlyName``; string; required.
        target (str): ``Target``; string; optional.
        chat_unique_name (str): ``ChatUniqueName``; string; optional.
        pre_engagement_data (str): ``PreEngagementData``; string; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        task_attributes (str): ``TaskAttributes``; string; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a Channel: ``POST /v1/Channels``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_flow_sid (str): ``FlexFlowSid``; string; matching ``^FO[0-9a-fA-F]{32}$``; required.
        identity (str): ``Identity``; string; required.
        chat_user_friendly_name (str): ``ChatUserFriendlyName``; string; required.
        chat_friendly_name (str): ``ChatFriendlyName``; string; required.
        target (str): ``Target``; string; optional.
        chat_unique_name (str): ``ChatUniqueName``; string; optional.
        pre_engagement_data (str): ``PreEngagementData``; string; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        task_attributes (str): ``TaskAttributes``; string; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Channel

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        ListArgs,
        """List Channel resources, every page up to ``limit`` items: ``GET /v1/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Channel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List Channel resources, every page up to ``limit`` items: ``GET /v1/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Channel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Channel resources, one page in memory at a time: ``GET /v1/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Channel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream Channel resources, one page in memory at a time: ``GET /v1/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Channel.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Channel resources (``next_page()`` moves on): ``GET /v1/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Channel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of Channel resources (``next_page()`` moves on): ``GET /v1/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Channel]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
