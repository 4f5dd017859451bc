# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Participant resources (``services.sessions.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .services_sessions_participants_message_interactions import MessageInteractionList
    from .types.services_sessions_participants import Participant

_TYPES = Models(__package__, ".types.services_sessions_participants")
_MODEL = _TYPES("Participant")
_LIST_PATH = "/v1/Services/{0}/Sessions/{1}/Participants"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}/Participants/{2}"
_CREATE: Operation[Participant] = Operation(
    "participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identifier", "Identifier", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("proxy_identifier", "ProxyIdentifier", FORM, "string"),
    P("proxy_identifier_sid", "ProxyIdentifierSid", FORM, "string"),
)
_LIST: Operation[Participant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[Participant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("participants.delete", "DELETE", _INSTANCE_PATH, body="none")


class ParticipantCreateArgs(Args):
    identifier: str
    friendly_name: str | NotGiven = NOT_GIVEN
    proxy_identifier: str | NotGiven = NOT_GIVEN
    proxy_identifier_sid: str | NotGiven = NOT_GIVEN


class ParticipantContext(InstanceContext):
    """One Participant: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Participant: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Participant: ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``; returns True."""
    message_interactions: Child[MessageInteractionList] = Child(
        ".services_sessions_participants_message_interactions", "MessageInteractionList"
    )


class ParticipantList(KeyedList[ParticipantContext]):
    """Participant collection: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^KP[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ParticipantCreateArgs)
    """Create a Participant: ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``."""
    list = _LIST.list_method(ListArgs)
    """List Participant resources: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Participant resources: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Participant resources: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``; ``next_page()`` moves on."""
