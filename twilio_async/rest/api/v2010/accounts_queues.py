# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Queue resources (``accounts.queues``)."""

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
    from .accounts_queues_members import MemberList
    from .types.accounts_queues import Queue

_TYPES = Models(__package__, ".types.accounts_queues")
_MODEL = _TYPES("Queue")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Queues.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Queues/{1}.json"
_CREATE: Operation[Queue] = Operation(
    "queues.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("max_size", "MaxSize", FORM, "integer"),
)
_LIST: Operation[Queue] = Operation(
    "queues.list", "GET", _LIST_PATH, body="none", list_key="queues", model=_MODEL
)
_FETCH: Operation[Queue] = Operation(
    "queues.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Queue] = Operation(
    "queues.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"), P("max_size", "MaxSize", FORM, "integer")
)
_DELETE: Operation[None] = Operation("queues.delete", "DELETE", _INSTANCE_PATH, body="none")


class QueueCreateArgs(Args):
    friendly_name: str
    max_size: int | NotGiven = NOT_GIVEN


class QueueUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    max_size: int | NotGiven = NOT_GIVEN


class QueueContext(InstanceContext):
    """One Queue: ``/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Queue: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``."""
    update = _UPDATE.call_method(QueueUpdateArgs)
    """Update this Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Queue: ``DELETE /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``; returns True."""
    members: Child[MemberList] = Child(".accounts_queues_members", "MemberList")


class QueueList(KeyedList[QueueContext]):
    """Queue collection: ``/2010-04-01/Accounts/{AccountSid}/Queues.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^QU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(QueueCreateArgs)
    """Create a Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues.json``."""
    list = _LIST.list_method(ListArgs)
    """List Queue resources: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Queue resources: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Queue resources: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``; ``next_page()`` moves on."""
