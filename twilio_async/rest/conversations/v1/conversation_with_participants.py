# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationWithParticipants resources (``conversation_with_participants``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, HEADER, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        ConversationWithParticipantsState,
        ConversationWithParticipantsWebhookEnabledType,
    )
    from .types.conversation_with_participants import ConversationWithParticipants

_TYPES = Models(__package__, ".types.conversation_with_participants")
_MODEL = _TYPES("ConversationWithParticipants")
_LIST_PATH = "/v1/ConversationWithParticipants"
_CREATE: Operation[ConversationWithParticipants] = Operation(
    "conversation_with_participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
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
    P("participant", "Participant", FORM, "string", many=True),
)


class ConversationWithParticipantsCreateArgs(Args):
    x_twilio_webhook_enabled: ConversationWithParticipantsWebhookEnabledType | str | NotGiven = (
        NOT_GIVEN
    )
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    date_created: datetime | date | str | NotGiven = NOT_GIVEN
    date_updated: datetime | date | str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    state: ConversationWithParticipantsState | str | NotGiven = NOT_GIVEN
    timers_inactive: str | NotGiven = NOT_GIVEN
    timers_closed: str | NotGiven = NOT_GIVEN
    bindings_email_address: str | NotGiven = NOT_GIVEN
    bindings_email_name: str | NotGiven = NOT_GIVEN
    participant: Sequence[str] | NotGiven = NOT_GIVEN


class ConversationWithParticipantsList(ListResource):
    """ConversationWithParticipants collection: ``/v1/ConversationWithParticipants``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ConversationWithParticipantsCreateArgs,
        """Create a ConversationWithParticipants: ``POST /v1/ConversationWithParticipants``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWithParticipantsWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_with_participants_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        state (ConversationWithParticipantsState | str): ``State``; enum:conversation_with_participants_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        participant (Sequence[str]): ``Participant``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationWithParticipants

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ConversationWithParticipants: ``POST /v1/ConversationWithParticipants``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ConversationWithParticipantsWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:conversation_with_participants_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        date_created (datetime | date | str): ``DateCreated``; datetime; optional.
        date_updated (datetime | date | str): ``DateUpdated``; datetime; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        state (ConversationWithParticipantsState | str): ``State``; enum:conversation_with_participants_state; one of ``initializing``, ``inactive``, ``active``, ``closed``; optional.
        timers_inactive (str): ``Timers.Inactive``; string; optional.
        timers_closed (str): ``Timers.Closed``; string; optional.
        bindings_email_address (str): ``Bindings.Email.Address``; string; optional.
        bindings_email_name (str): ``Bindings.Email.Name``; string; optional.
        participant (Sequence[str]): ``Participant``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConversationWithParticipants

    Twilio docs: https://www.twilio.com/docs/conversations
    """
