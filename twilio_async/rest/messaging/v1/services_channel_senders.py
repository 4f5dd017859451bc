# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ChannelSender resources (``services.channel_senders``)."""

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

if TYPE_CHECKING:
    from .types.services_channel_senders import ChannelSender

_TYPES = Models(__package__, ".types.services_channel_senders")
_MODEL = _TYPES("ChannelSender")
_LIST_PATH = "/v1/Services/{0}/ChannelSenders"
_INSTANCE_PATH = "/v1/Services/{0}/ChannelSenders/{1}"
_CREATE: Operation[ChannelSender] = Operation(
    "channel_senders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("sid", "Sid", FORM, "string", required=True))
_LIST: Operation[ChannelSender] = Operation(
    "channel_senders.list", "GET", _LIST_PATH, body="none", list_key="senders", model=_MODEL
)
_FETCH: Operation[ChannelSender] = Operation(
    "channel_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "channel_senders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ChannelSenderCreateArgs(Args):
    sid: str


class ChannelSenderContext(InstanceContext):
    """One ChannelSender: ``/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ChannelSender: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ChannelSender: ``DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``; returns True."""


class ChannelSenderList(KeyedList[ChannelSenderContext]):
    """ChannelSender collection: ``/v1/Services/{MessagingServiceSid}/ChannelSenders``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ChannelSenderCreateArgs)
    """Create a ChannelSender: ``POST /v1/Services/{MessagingServiceSid}/ChannelSenders``."""
    list = _LIST.list_method(ListArgs)
    """List ChannelSender resources: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ChannelSender resources: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ChannelSender resources: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``; ``next_page()`` moves on."""
