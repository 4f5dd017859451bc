# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Channel resources (``services.channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    Args,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import ChannelChannelType, ChannelWebhookEnabledType
    from .types.services_channels import Channel

_TYPES = Models(__package__, ".types.services_channels")
_MODEL = _TYPES("Channel")
_INSTANCE_PATH = "/v3/Services/{0}/Channels/{1}"
_UPDATE: Operation[Channel] = Operation(
    "channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("type", "Type", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
)


class ChannelUpdateArgs(Args):
    x_twilio_webhook_enabled: ChannelWebhookEnabledType | str | NotGiven = NOT_GIVEN
    type: ChannelChannelType | str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN


class ChannelContext(InstanceContext):
    """One Channel: ``/v3/Services/{ServiceSid}/Channels/{Sid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(ChannelUpdateArgs)
    """Update this Channel: ``POST /v3/Services/{ServiceSid}/Channels/{Sid}``."""


class ChannelList(KeyedList[ChannelContext]):
    """Channel collection: ``/v3/Services/{ServiceSid}/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
