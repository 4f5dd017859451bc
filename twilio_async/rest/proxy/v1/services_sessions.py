# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Session resources (``services.sessions``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

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
    from .enums import SessionMode, SessionStatus
    from .services_sessions_interactions import InteractionList
    from .services_sessions_participants import ParticipantList
    from .types.services_sessions import Session

_TYPES = Models(__package__, ".types.services_sessions")
_MODEL = _TYPES("Session")
_LIST_PATH = "/v1/Services/{0}/Sessions"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}"
_CREATE: Operation[Session] = Operation(
    "sessions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("date_expiry", "DateExpiry", FORM, "datetime"),
    P("ttl", "Ttl", FORM, "integer"),
    P("mode", "Mode", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("participants", "Participants", FORM, "object", many=True),
)
_LIST: Operation[Session] = Operation(
    "sessions.list", "GET", _LIST_PATH, body="none", list_key="sessions", model=_MODEL
)
_FETCH: Operation[Session] = Operation(
    "sessions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Session] = Operation(
    "sessions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("date_expiry", "DateExpiry", FORM, "datetime"),
    P("ttl", "Ttl", FORM, "integer"),
    P("status", "Status", FORM, "string"),
)
_DELETE: Operation[None] = Operation("sessions.delete", "DELETE", _INSTANCE_PATH, body="none")


class SessionCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    date_expiry: datetime | date | str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    mode: SessionMode | str | NotGiven = NOT_GIVEN
    status: SessionStatus | str | NotGiven = NOT_GIVEN
    participants: Sequence[Any] | NotGiven = NOT_GIVEN


class SessionUpdateArgs(Args):
    date_expiry: datetime | date | str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    status: SessionStatus | str | NotGiven = NOT_GIVEN


class SessionContext(InstanceContext):
    """One Session: ``/v1/Services/{ServiceSid}/Sessions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Session: ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``."""
    update = _UPDATE.call_method(SessionUpdateArgs)
    """Update this Session: ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Session: ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``; returns True."""
    interactions: Child[InteractionList] = Child(
        ".services_sessions_interactions", "InteractionList"
    )
    participants: Child[ParticipantList] = Child(
        ".services_sessions_participants", "ParticipantList"
    )


class SessionList(KeyedList[SessionContext]):
    """Session collection: ``/v1/Services/{ServiceSid}/Sessions``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(SessionCreateArgs)
    """Create a Session: ``POST /v1/Services/{ServiceSid}/Sessions``."""
    list = _LIST.list_method(ListArgs)
    """List Session resources: ``GET /v1/Services/{ServiceSid}/Sessions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Session resources: ``GET /v1/Services/{ServiceSid}/Sessions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Session resources: ``GET /v1/Services/{ServiceSid}/Sessions``; ``next_page()`` moves on."""
