# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""WebChannels resources (``web_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, HEADER, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.web_channels import WebChannels

_TYPES = Models(__package__, ".types.web_channels")
_MODEL = _TYPES("WebChannels")
_LIST_PATH = "/v2/WebChats"
_CREATE: Operation[WebChannels] = Operation(
    "web_channels.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ui_version", "Ui-Version", HEADER, "string"),
    P("address_sid", "AddressSid", FORM, "string", required=True),
    P("chat_friendly_name", "ChatFriendlyName", FORM, "string"),
    P("customer_friendly_name", "CustomerFriendlyName", FORM, "string"),
    P("pre_engagement_data", "PreEngagementData", FORM, "string"),
    P("identity", "Identity", FORM, "string"),
)


class WebChannelsCreateArgs(Args):
    ui_version: str | NotGiven = NOT_GIVEN
    address_sid: str
    chat_friendly_name: str | NotGiven = NOT_GIVEN
    customer_friendly_name: str | NotGiven = NOT_GIVEN
    pre_engagement_data: str | NotGiven = NOT_GIVEN
    identity: str | NotGiven = NOT_GIVEN


class WebChannelsList(ListResource):
    """WebChannels collection: ``/v2/WebChats``."""

    __slots__ = ()
    create = _CREATE.call_method(WebChannelsCreateArgs)
    """Create a WebChannels: ``POST /v2/WebChats``."""
