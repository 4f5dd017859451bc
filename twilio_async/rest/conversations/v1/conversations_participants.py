# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationParticipant resources (``conversations.participants``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import ConversationParticipantWebhookEnabledType
    from .types.conversations_participants import ConversationParticipant

_TYPES = Models(__package__, ".types.conversations_participants")
_MODEL = _TYPES("ConversationParticipant")
_LIST_PATH = "/v1/Conversations/{0}/Participants"
_INSTANCE_PATH = "/v1/Conversations/{0}/Participants/{1}"
_CREATE: Operation[ConversationParticipant] = Operation(
    "participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("identity", "Identity", FORM, "string"),
    P("messaging_binding_address", "MessagingBinding.Address", FORM, "string"),
    P("messaging_binding_proxy_address", "MessagingBinding.ProxyAddress", FORM, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("messaging_binding_projected_address", "MessagingBinding.ProjectedAddress", FORM, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
)
_LIST: Operation[ConversationParticipant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[ConversationParticipant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConversationParticipant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("attributes", "Attributes", FORM, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
    P("messaging_binding_proxy_address", "MessagingBinding.ProxyAddress", FORM, "string"),
    P("messaging_binding_projected_address", "MessagingBinding.ProjectedAddress", FORM, "string"),
    P("identity", "Identity", FORM, "string"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "participants.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ConversationParticipantCreateArgs(Args):
    x_twilio_webhook_enabled: ConversationParticipantWebhookEnabledType | str | NotGiven = NOT_GIVEN
    identity: str | NotGiven = NOT_GIVEN
    messaging_binding_address: str | NotGiven = NOT_GIVEN
    messaging_binding_proxy_address: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    messaging_binding_projected_address: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN


class ConversationParticipantUpdateArgs(Args):
    x_twilio_webhook_enabled: ConversationParticipantWebhookEnabledType | str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN
    messaging_binding_proxy_address: str | NotGiven = NOT_GIVEN
    messaging_binding_projected_address: str | NotGiven = NOT_GIVEN
    identity: str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN
    last_read_timestamp: str | NotGiven = NOT_GIVEN


class ConversationParticipantDeleteArgs(Args):
    x_twilio_webhook_enabled: ConversationParticipantWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ConversationParticipantContext(InstanceContext):
    """One ConversationParticipant: ``/v1/Conversations/{ConversationSid}/Participants/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConversationParticipant: ``GET /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConversationParticipant: ``GET /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConversationParticipantUpdateArgs,
        """Update this ConversationParticipant: ``POST /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        messaging_binding_proxy_address (str): ``MessagingBinding.ProxyAddress``; string; optional.
        messaging_binding_projected_address (str): ``MessagingBinding.ProjectedAddress``; string; optional.
        identity (str): ``Identity``; string; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        last_read_timestamp (str): ``LastReadTimestamp``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ConversationParticipant: ``POST /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        messaging_binding_proxy_address (str): ``MessagingBinding.ProxyAddress``; string; optional.
        messaging_binding_projected_address (str): ``MessagingBinding.ProjectedAddress``; string; optional.
        identity (str): ``Identity``; string; optional.
        last_read_message_index (int): ``LastReadMessageIndex``; integer; optional.
        last_read_timestamp (str): ``LastReadTimestamp``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        ConversationParticipantDeleteArgs,
        """Delete this ConversationParticipant: ``DELETE /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ConversationParticipant: ``DELETE /v1/Conversations/{ConversationSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ConversationParticipantList(KeyedList[ConversationParticipantContext]):
    """ConversationParticipant collection: ``/v1/Conversations/{ConversationSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ConversationParticipantCreateArgs,
        """Create a ConversationParticipant: ``POST /v1/Conversations/{ConversationSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; optional.
        messaging_binding_address (str): ``MessagingBinding.Address``; string; optional.
        messaging_binding_proxy_address (str): ``MessagingBinding.ProxyAddress``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_binding_projected_address (str): ``MessagingBinding.ProjectedAddress``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ConversationParticipant: ``POST /v1/Conversations/{ConversationSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationParticipantWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_participant_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; optional.
        messaging_binding_address (str): ``MessagingBinding.Address``; string; optional.
        messaging_binding_proxy_address (str): ``MessagingBinding.ProxyAddress``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        attributes (str): ``Attributes``; string; optional.
        messaging_binding_projected_address (str): ``MessagingBinding.ProjectedAddress``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationParticipant

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ListArgs,
        """List ConversationParticipant resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationParticipant]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ConversationParticipant resources, every page up to ``limit`` items: ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConversationParticipant]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ConversationParticipant resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationParticipant.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ConversationParticipant resources, one page in memory at a time: ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConversationParticipant.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ConversationParticipant resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationParticipant]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ConversationParticipant resources (``next_page()`` moves on): ``GET /v1/Conversations/{ConversationSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConversationParticipant]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
