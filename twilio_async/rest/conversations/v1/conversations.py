# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Conversation resources (``conversations``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
    Args,
    Child,
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
    from .conversations_messages import ConversationMessageList
    from .conversations_participants import ConversationParticipantList
    from .conversations_webhooks import ConversationScopedWebhookList
    from .enums import ConversationState, ConversationWebhookEnabledType
    from .types.conversations import Conversation

_TYPES = Models(__package__, ".types.conversations")
_MODEL = _TYPES("Conversation")
_LIST_PATH = "/v1/Conversations"
_INSTANCE_PATH = "/v1/Conversations/{0}"
_CREATE: Operation[Conversation] = Operation(
    "conversations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("state", "State", FORM, "string"),
    P("timers_inactive", "Timers.Inactive", FORM, "string"),
    P("timers_closed", "Timers.Closed", FORM, "string"),
    P("bindings_email_address", "Bindings.Email.Address", FORM, "string"),
    P("bindings_email_name", "Bindings.Email.Name", FORM, "string"),
)
_LIST: Operation[Conversation] = Operation(
    "conversations.list", "GET", _LIST_PATH, body="none", list_key="conversations", model=_MODEL
).with_params(
    P("start_date", "StartDate", QUERY, "string"),
    P("end_date", "EndDate", QUERY, "string"),
    P("state", "State", QUERY, "string"),
)
_FETCH: Operation[Conversation] = Operation(
    "conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Conversation] = Operation(
    "conversations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("state", "State", FORM, "string"),
    P("timers_inactive", "Timers.Inactive", FORM, "string"),
    P("timers_closed", "Timers.Closed", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("bindings_email_address", "Bindings.Email.Address", FORM, "string"),
    P("bindings_email_name", "Bindings.Email.Name", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "conversations.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ConversationCreateArgs(Args):
    x_twilio_webhook_enabled: ConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    state: ConversationState | str | NotGiven = NOT_GIVEN
    timers_inactive: str | NotGiven = NOT_GIVEN
    timers_closed: str | NotGiven = NOT_GIVEN
    bindings_email_address: str | NotGiven = NOT_GIVEN
    bindings_email_name: str | NotGiven = NOT_GIVEN


class ConversationFilters(Args):
    start_date: str | NotGiven = NOT_GIVEN
    end_date: str | NotGiven = NOT_GIVEN
    state: ConversationState | str | NotGiven = NOT_GIVEN


class ConversationListArgs(ConversationFilters, ListArgs): ...


class ConversationPageArgs(ConversationFilters, PageArgs): ...


class ConversationUpdateArgs(Args):
    x_twilio_webhook_enabled: ConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    state: ConversationState | str | NotGiven = NOT_GIVEN
    timers_inactive: str | NotGiven = NOT_GIVEN
    timers_closed: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    bindings_email_address: str | NotGiven = NOT_GIVEN
    bindings_email_name: str | NotGiven = NOT_GIVEN


class ConversationDeleteArgs(Args):
    x_twilio_webhook_enabled: ConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ConversationContext(InstanceContext):
    """One Conversation: ``/v1/Conversations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Conversation: ``GET /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this Conversation: ``GET /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConversationUpdateArgs,
        """Update this Conversation: ``POST /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this Conversation: ``POST /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        ConversationDeleteArgs,
        """Delete this Conversation: ``DELETE /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this Conversation: ``DELETE /v1/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    messages: Child[ConversationMessageList] = Child(
        ".conversations_messages", "ConversationMessageList"
    )
    participants: Child[ConversationParticipantList] = Child(
        ".conversations_participants", "ConversationParticipantList"
    )
    webhooks: Child[ConversationScopedWebhookList] = Child(
        ".conversations_webhooks", "ConversationScopedWebhookList"
    )


class ConversationList(KeyedList[ConversationContext]):
    """Conversation collection: ``/v1/Conversations``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ConversationCreateArgs,
        """Create a Conversation: ``POST /v1/Conversations``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a Conversation: ``POST /v1/Conversations``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ConversationListArgs,
        """List Conversation resources, every page up to ``limit`` items: ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Conversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List Conversation resources, every page up to ``limit`` items: ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Conversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ConversationListArgs,
        """Stream Conversation resources, one page in memory at a time: ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Conversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream Conversation resources, one page in memory at a time: ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Conversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ConversationPageArgs,
        """One page of Conversation resources (``next_page()`` moves on): ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Conversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of Conversation resources (``next_page()`` moves on): ``GET /v1/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ConversationState | str): ``State``; enum:conversation_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Conversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
