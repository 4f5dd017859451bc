# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationScopedWebhook resources (``services.conversations.webhooks``)."""

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
    from .enums import (
        ServiceConversationScopedWebhookMethod,
        ServiceConversationScopedWebhookTarget,
    )
    from .types.services_conversations_webhooks import ServiceConversationScopedWebhook

_TYPES = Models(__package__, ".types.services_conversations_webhooks")
_MODEL = _TYPES("ServiceConversationScopedWebhook")
_LIST_PATH = "/v1/Services/{0}/Conversations/{1}/Webhooks"
_INSTANCE_PATH = "/v1/Services/{0}/Conversations/{1}/Webhooks/{2}"
_CREATE: Operation[ServiceConversationScopedWebhook] = Operation(
    "webhooks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("target", "Target", FORM, "string", required=True),
    P("configuration_url", "Configuration.Url", FORM, "string"),
    P("configuration_method", "Configuration.Method", FORM, "string"),
    P("configuration_filters", "Configuration.Filters", FORM, "string", many=True),
    P("configuration_triggers", "Configuration.Triggers", FORM, "string", many=True),
    P("configuration_flow_sid", "Configuration.FlowSid", FORM, "string"),
    P("configuration_replay_after", "Configuration.ReplayAfter", FORM, "integer"),
)
_LIST: Operation[ServiceConversationScopedWebhook] = Operation(
    "webhooks.list", "GET", _LIST_PATH, body="none", list_key="webhooks", model=_MODEL
)
_FETCH: Operation[ServiceConversationScopedWebhook] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceConversationScopedWebhook] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("configuration_url", "Configuration.Url", FORM, "string"),
    P("configuration_method", "Configuration.Method", FORM, "string"),
    P("configuration_filters", "Configuration.Filters", FORM, "string", many=True),
    P("configuration_triggers", "Configuration.Triggers", FORM, "string", many=True),
    P("configuration_flow_sid", "Configuration.FlowSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("webhooks.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceConversationScopedWebhookCreateArgs(Args):
    target: ServiceConversationScopedWebhookTarget | str
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ServiceConversationScopedWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN
    configuration_replay_after: int | NotGiven = NOT_GIVEN


class ServiceConversationScopedWebhookUpdateArgs(Args):
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ServiceConversationScopedWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN


class ServiceConversationScopedWebhookContext(InstanceContext):
    """One ServiceConversationScopedWebhook: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceConversationScopedWebhook: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceConversationScopedWebhook: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceConversationScopedWebhookUpdateArgs,
        """Update this ServiceConversationScopedWebhook: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ServiceConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:service_conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceConversationScopedWebhook: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ServiceConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:service_conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ServiceConversationScopedWebhook: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceConversationScopedWebhook: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceConversationScopedWebhookList(KeyedList[ServiceConversationScopedWebhookContext]):
    """ServiceConversationScopedWebhook collection: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceConversationScopedWebhookCreateArgs,
        """Create a ServiceConversationScopedWebhook: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        target (ServiceConversationScopedWebhookTarget | str): ``Target``; enum:service_conversation_scoped_webhook_target; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ServiceConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:service_conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_replay_after (int): ``Configuration.ReplayAfter``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ServiceConversationScopedWebhook: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        target (ServiceConversationScopedWebhookTarget | str): ``Target``; enum:service_conversation_scoped_webhook_target; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ServiceConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:service_conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_replay_after (int): ``Configuration.ReplayAfter``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ListArgs,
        """List ServiceConversationScopedWebhook resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceConversationScopedWebhook resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ServiceConversationScopedWebhook resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversationScopedWebhook.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceConversationScopedWebhook resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversationScopedWebhook.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ServiceConversationScopedWebhook resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceConversationScopedWebhook resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
