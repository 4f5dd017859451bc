# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversation resources (``services.conversations``)."""

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
    from .enums import ServiceConversationState, ServiceConversationWebhookEnabledType
    from .services_conversations_messages import ServiceConversationMessageList
    from .services_conversations_participants import ServiceConversationParticipantList
    from .services_conversations_webhooks import ServiceConversationScopedWebhookList
    from .types.services_conversations import ServiceConversation

_TYPES = Models(__package__, ".types.services_conversations")
_MODEL = _TYPES("ServiceConversation")
_LIST_PATH = "/v1/Services/{0}/Conversations"
_INSTANCE_PATH = "/v1/Services/{0}/Conversations/{1}"
_CREATE: Operation[ServiceConversation] = Operation(
    "conversations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("state", "State", FORM, "string"),
    P("timers_inactive", "Timers.Inactive", FORM, "string"),
    P("timers_closed", "Timers.Closed", FORM, "string"),
    P("bindings_email_address", "Bindings.Email.Address", FORM, "string"),
    P("bindings_email_name", "Bindings.Email.Name", FORM, "string"),
)
_LIST: Operation[ServiceConversation] = Operation(
    "conversations.list", "GET", _LIST_PATH, body="none", list_key="conversations", model=_MODEL
).with_params(
    P("start_date", "StartDate", QUERY, "string"),
    P("end_date", "EndDate", QUERY, "string"),
    P("state", "State", QUERY, "string"),
)
_FETCH: Operation[ServiceConversation] = Operation(
    "conversations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceConversation] = Operation(
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


class ServiceConversationCreateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    state: ServiceConversationState | str | NotGiven = NOT_GIVEN
    timers_inactive: str | NotGiven = NOT_GIVEN
    timers_closed: str | NotGiven = NOT_GIVEN
    bindings_email_address: str | NotGiven = NOT_GIVEN
    bindings_email_name: str | NotGiven = NOT_GIVEN


class ServiceConversationFilters(Args):
    start_date: str | NotGiven = NOT_GIVEN
    end_date: str | NotGiven = NOT_GIVEN
    state: ServiceConversationState | str | NotGiven = NOT_GIVEN


class ServiceConversationListArgs(ServiceConversationFilters, ListArgs): ...


class ServiceConversationPageArgs(ServiceConversationFilters, PageArgs): ...


class ServiceConversationUpdateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    state: ServiceConversationState | str | NotGiven = NOT_GIVEN
    timers_inactive: str | NotGiven = NOT_GIVEN
    timers_closed: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    bindings_email_address: str | NotGiven = NOT_GIVEN
    bindings_email_name: str | NotGiven = NOT_GIVEN


class ServiceConversationDeleteArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ServiceConversationContext(InstanceContext):
    """One ServiceConversation: ``/v1/Services/{ChatServiceSid}/Conversations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceConversation: ``GET /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceConversation: ``GET /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceConversationUpdateArgs,
        """Update this ServiceConversation: ``POST /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceConversation: ``POST /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        ServiceConversationDeleteArgs,
        """Delete this ServiceConversation: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceConversation: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    messages: Child[ServiceConversationMessageList] = Child(
        ".services_conversations_messages", "ServiceConversationMessageList"
    )
    participants: Child[ServiceConversationParticipantList] = Child(
        ".services_conversations_participants", "ServiceConversationParticipantList"
    )
    webhooks: Child[ServiceConversationScopedWebhookList] = Child(
        ".services_conversations_webhooks", "ServiceConversationScopedWebhookList"
    )


class ServiceConversationList(KeyedList[ServiceConversationContext]):
    """ServiceConversation collection: ``/v1/Services/{ChatServiceSid}/Conversations``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ServiceConversationCreateArgs,
        """Create a ServiceConversation: ``POST /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ServiceConversation: ``POST /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceConversationWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_conversation_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConversation

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ServiceConversationListArgs,
        """List ServiceConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceConversation resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ServiceConversationListArgs,
        """Stream ServiceConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceConversation resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceConversation.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ServiceConversationPageArgs,
        """One page of ServiceConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceConversation resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Conversations``.

    Parameters are sent in the query string unless noted.

    Args:
        start_date (str): ``StartDate``; string; optional.
        end_date (str): ``EndDate``; string; optional.
        state (ServiceConversationState | str): ``State``; enum:service_conversation_state; one of ``inactive``, ``active``, ``closed``, ``initializing``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceConversation]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
