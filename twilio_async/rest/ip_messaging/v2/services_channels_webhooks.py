# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ChannelWebhook: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this ChannelWebhook: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        ChannelWebhookUpdateArgs,
        """Update this ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ChannelWebhookMethod | str): ``Configuration.Method``; enum:channel_webhook_method; one of ``GET``, ``POST``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_retry_count (int): ``Configuration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ChannelWebhookMethod | str): ``Configuration.Method``; enum:channel_webhook_method; one of ``GET``, ``POST``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_retry_count (int): ``Configuration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ChannelWebhook: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this ChannelWebhook: ``DELETE /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class ChannelWebhookList(KeyedList[ChannelWebhookContext]):
    """ChannelWebhook collection: ``/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ChannelWebhookCreateArgs,
        """Create a ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        type (ChannelWebhookType | str): ``Type``; enum:channel_webhook_type; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ChannelWebhookMethod | str): ``Configuration.Method``; enum:channel_webhook_method; one of ``GET``, ``POST``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_retry_count (int): ``Configuration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a ChannelWebhook: ``POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        type (ChannelWebhookType | str): ``Type``; enum:channel_webhook_type; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ChannelWebhookMethod | str): ``Configuration.Method``; enum:channel_webhook_method; one of ``GET``, ``POST``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_retry_count (int): ``Configuration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelWebhook

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ListArgs,
        """List ChannelWebhook resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelWebhook]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List ChannelWebhook resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelWebhook]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ChannelWebhook resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelWebhook.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream ChannelWebhook resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelWebhook.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ChannelWebhook resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelWebhook]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of ChannelWebhook resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelWebhook]

    Twilio docs: https://www.twilio.com/docs/chat
    """
