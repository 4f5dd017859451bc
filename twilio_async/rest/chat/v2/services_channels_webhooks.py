# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""ChannelWebhook resources (``services.channels.webhooks``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import ChannelWebhookMethod, ChannelWebhookType
    from .types.services_channels_webhooks import ChannelWebhook

_TYPES = Models(__package__, ".types.services_channels_webhooks")
_MODEL = _TYPES("ChannelWebhook")
_LIST_PATH = "/v2/Services/{0}/Channels/{1}/Webhooks"
_INSTANCE_PATH = "/v2/Services/{0}/Channels/{1}/Webhooks/{2}"
_CREATE: Operation[ChannelWebhook] = Operation(
    "webhooks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("configuration_url", "Configuration.Url", FORM, "string"),
    P("configuration_method", "Configuration.Method", FORM, "string"),
    P("configuration_filters", "Configuration.Filters", FORM, "string", many=True),
    P("configuration_triggers", "Configuration.Triggers", FORM, "string", many=True),
    P("configuration_flow_sid", "Configuration.FlowSid", FORM, "string"),
    P("configuration_retry_count", "Configuration.RetryCount", FORM, "integer"),
)
_LIST: Operation[ChannelWebhook] = Operation(
    "webhooks.list", "GET", _LIST_PATH, body="none", list_key="webhooks", model=_MODEL
)
_FETCH: Operation[ChannelWebhook] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ChannelWebhook] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("configuration_url", "Configuration.Url", FORM, "string"),
    P("configuration_method", "Configuration.Method", FORM, "string"),
    P("configuration_filters", "Configuration.Filters", FORM, "string", many=True),
    P("configuration_triggers", "Configuration.Triggers", FORM, "string", many=True),
    P("configuration_flow_sid", "Configuration.FlowSid", FORM, "string"),
    P("configuration_retry_count", "Configuration.RetryCount", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("webhooks.delete", "DELETE", _INSTANCE_PATH, body="none")


class ChannelWebhookCreateArgs(Args):
    type: ChannelWebhookType | str
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ChannelWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN
    configuration_retry_count: int | NotGiven = NOT_GIVEN


class ChannelWebhookUpdateArgs(Args):
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ChannelWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN
    configuration_retry_count: int | NotGiven = NOT_GIVEN


class ChannelWebhookContext(InstanceContext):
    """One ChannelWebhook: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ChannelWebhook: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``."""
    update = _UPDATE.call_method(ChannelWebhookUpdateArgs)
    """Update this ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ChannelWebhook: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``; returns True."""


class ChannelWebhookList(KeyedList[ChannelWebhookContext]):
    """ChannelWebhook collection: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ChannelWebhookCreateArgs)
    """Create a ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``."""
    list = _LIST.list_method(ListArgs)
    """List ChannelWebhook resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ChannelWebhook resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ChannelWebhook resources: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``; ``next_page()`` moves on."""
