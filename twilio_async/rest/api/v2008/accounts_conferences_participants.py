# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Participant resources (``accounts.conferences.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .types.accounts_conferences_participants import Participant

_TYPES = Models(__package__, ".types.accounts_conferences_participants")
_MODEL = _TYPES("Participant")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Conferences/{1}/Participants"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Conferences/{1}/Participants/{2}"
_LIST: Operation[Participant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="Participants", model=_MODEL
).with_params(P("muted", "Muted", QUERY, "boolean"))
_FETCH: Operation[Participant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Participant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("muted", "Muted", FORM, "boolean", required=True))
_DELETE: Operation[None] = Operation("participants.delete", "DELETE", _INSTANCE_PATH, body="none")


class ParticipantFilters(Args):
    muted: bool | NotGiven = NOT_GIVEN


class ParticipantListArgs(ParticipantFilters, ListArgs): ...


class ParticipantPageArgs(ParticipantFilters, PageArgs): ...


class ParticipantUpdateArgs(Args):
    muted: bool


class ParticipantContext(InstanceContext):
    """One Participant: ``/2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Participant: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""
    update = _UPDATE.call_method(ParticipantUpdateArgs)
    """Update this Participant: ``POST /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Participant: ``DELETE /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``; returns True."""


class ParticipantList(KeyedList[ParticipantContext]):
    """Participant collection: ``/2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``."""

    __slots__ = ()
    _key = ("CallSid", "call_sid", "^CA[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ParticipantListArgs)
    """List Participant resources: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ParticipantListArgs)
    """Stream Participant resources: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``; one page in memory at a time."""
    page = _LIST.page_method(ParticipantPageArgs)
    """One page of Participant resources: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``; ``next_page()`` moves on."""
