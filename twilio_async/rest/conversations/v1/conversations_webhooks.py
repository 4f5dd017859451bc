# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationScopedWebhook resources (``conversations.webhooks``)."""

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
    from .enums import ConversationScopedWebhookMethod, ConversationScopedWebhookTarget
    from .types.conversations_webhooks import ConversationScopedWebhook

_TYPES = Models(__package__, ".types.conversations_webhooks")
_MODEL = _TYPES("ConversationScopedWebhook")
_LIST_PATH = "/v1/Conversations/{0}/Webhooks"
_INSTANCE_PATH = "/v1/Conversations/{0}/Webhooks/{1}"
_CREATE: Operation[ConversationScopedWebhook] = Operation(
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
_LIST: Operation[ConversationScopedWebhook] = Operation(
    "webhooks.list", "GET", _LIST_PATH, body="none", list_key="webhooks", model=_MODEL
)
_FETCH: Operation[ConversationScopedWebhook] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConversationScopedWebhook] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("configuration_url", "Configuration.Url", FORM, "string"),
    P("configuration_method", "Configuration.Method", FORM, "string"),
    P("configuration_filters", "Configuration.Filters", FORM, "string", many=True),
    P("configuration_triggers", "Configuration.Triggers", FORM, "string", many=True),
    P("configuration_flow_sid", "Configuration.FlowSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("webhooks.delete", "DELETE", _INSTANCE_PATH, body="none")


class ConversationScopedWebhookCreateArgs(Args):
    target: ConversationScopedWebhookTarget | str
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ConversationScopedWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN
    configuration_replay_after: int | NotGiven = NOT_GIVEN


class ConversationScopedWebhookUpdateArgs(Args):
    configuration_url: str | NotGiven = NOT_GIVEN
    configuration_method: ConversationScopedWebhookMethod | str | NotGiven = NOT_GIVEN
    configuration_filters: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_triggers: Sequence[str] | NotGiven = NOT_GIVEN
    configuration_flow_sid: str | NotGiven = NOT_GIVEN


class ConversationScopedWebhookContext(InstanceContext):
    """One ConversationScopedWebhook: ``/v1/Conversations/{ConversationSid}/Webhooks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConversationScopedWebhook: ``GET /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConversationScopedWebhook: ``GET /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConversationScopedWebhookUpdateArgs,
        """Update this ConversationScopedWebhook: ``POST /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ConversationScopedWebhook: ``POST /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ConversationScopedWebhook: ``DELETE /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ConversationScopedWebhook: ``DELETE /v1/Conversations/{ConversationSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ConversationScopedWebhookList(KeyedList[ConversationScopedWebhookContext]):
    """ConversationScopedWebhook collection: ``/v1/Conversations/{ConversationSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ConversationScopedWebhookCreateArgs,
        """Create a ConversationScopedWebhook: ``POST /v1/Conversations/{ConversationSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        target (ConversationScopedWebhookTarget | str): ``Target``; enum:conversation_scoped_webhook_target; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_replay_after (int): ``Configuration.ReplayAfter``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ConversationScopedWebhook: ``POST /v1/Conversations/{ConversationSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        target (ConversationScopedWebhookTarget | str): ``Target``; enum:conversation_scoped_webhook_target; one of ``webhook``, ``trigger``, ``studio``; required.
        configuration_url (str): ``Configuration.Url``; string; optional.
        configuration_method (ConversationScopedWebhookMethod | str): ``Configuration.Method``; enum:conversation_scoped_webhook_method; one of ``get``, ``post``; optional.
        configuration_filters (Sequence[str]): ``Configuration.Filters``; list<string>; optional.
        configuration_triggers (Sequence[str]): ``Configuration.Triggers``; list<string>; optional.
        configuration_flow_sid (str): ``Configuration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        configuration_replay_after (int): ``Configuration.ReplayAfter``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationScopedWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ListArgs,
        """List ConversationScopedWebhook resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ConversationScopedWebhook resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ConversationScopedWebhook resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationScopedWebhook.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ConversationScopedWebhook resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationScopedWebhook.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ConversationScopedWebhook resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ConversationScopedWebhook resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationScopedWebhook]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
