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
    fetch = _FETCH.call_method(Args)
    """Fetch this WebChannel: ``GET /v1/WebChannels/{Sid}``."""
    update = _UPDATE.call_method(WebChannelUpdateArgs)
    """Update this WebChannel: ``POST /v1/WebChannels/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this WebChannel: ``DELETE /v1/WebChannels/{Sid}``; returns True."""


class WebChannelList(KeyedList[WebChannelContext]):
    """WebChannel collection: ``/v1/WebChannels``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(WebChannelCreateArgs)
    """Create a WebChannel: ``POST /v1/WebChannels``."""
    list = _LIST.list_method(ListArgs)
    """List WebChannel resources: ``GET /v1/WebChannels``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream WebChannel resources: ``GET /v1/WebChannels``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of WebChannel resources: ``GET /v1/WebChannels``; ``next_page()`` moves on."""
