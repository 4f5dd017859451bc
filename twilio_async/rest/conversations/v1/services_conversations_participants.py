# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationParticipant resources (``services.conversations.participants``)."""

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
    from .enums import ServiceConversationParticipantWebhookEnabledType
    from .types.services_conversations_participants import ServiceConversationParticipant

_TYPES = Models(__package__, ".types.services_conversations_participants")
_MODEL = _TYPES("ServiceConversationParticipant")
_LIST_PATH = "/v1/Services/{0}/Conversations/{1}/Participants"
_INSTANCE_PATH = "/v1/Services/{0}/Conversations/{1}/Participants/{2}"
_CREATE: Operation[ServiceConversationParticipant] = Operation(
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
_LIST: Operation[ServiceConversationParticipant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[ServiceConversationParticipant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceConversationParticipant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("date_created", "DateCreated", FORM, "datetime"),
    P("date_updated", "DateUpdated", FORM, "datetime"),
    P("identity", "Identity", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
    P("messaging_binding_proxy_address", "MessagingBinding.ProxyAddress", FORM, "string"),
    P("messaging_binding_projected_address", "MessagingBinding.ProjectedAddress", FORM, "string"),
    P("last_read_message_index", "LastReadMessageIndex", FORM, "integer"),
    P("last_read_timestamp", "LastReadTimestamp", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "participants.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ServiceConversationParticipantCreateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationParticipantWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )
    identity: str | NotGiven = NOT_GIVEN
    messaging_binding_address: str | NotGiven = NOT_GIVEN
    messaging_binding_proxy_address: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    messaging_binding_projected_address: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN


class ServiceConversationParticipantUpdateArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationParticipantWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    identity: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN
    messaging_binding_proxy_address: str | NotGiven = NOT_GIVEN
    messaging_binding_projected_address: str | NotGiven = NOT_GIVEN
    last_read_message_index: int | NotGiven = NOT_GIVEN
    last_read_timestamp: str | NotGiven = NOT_GIVEN


class ServiceConversationParticipantDeleteArgs(Args):
    x_twilio_webhook_enabled: ServiceConversationParticipantWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )


class ServiceConversationParticipantContext(InstanceContext):
    """One ServiceConversationParticipant: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceConversationParticipant: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}``."""
    update = _UPDATE.call_method(ServiceConversationParticipantUpdateArgs)
    """Update this ServiceConversationParticipant: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}``."""
    delete = _DELETE.delete_method(ServiceConversationParticipantDeleteArgs)
    """Delete this ServiceConversationParticipant: ``DELETE /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}``; returns True."""


class ServiceConversationParticipantList(KeyedList[ServiceConversationParticipantContext]):
    """ServiceConversationParticipant collection: ``/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ServiceConversationParticipantCreateArgs)
    """Create a ServiceConversationParticipant: ``POST /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants``."""
    list = _LIST.list_method(ListArgs)
    """List ServiceConversationParticipant resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ServiceConversationParticipant resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ServiceConversationParticipant resources: ``GET /v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants``; ``next_page()`` moves on."""
