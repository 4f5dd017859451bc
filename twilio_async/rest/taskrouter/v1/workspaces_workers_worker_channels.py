# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerChannel resources (``workspaces.workers.worker_channels``)."""

from __future__ import annotations

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
    from .types.workspaces_workers_worker_channels import WorkerChannel

_TYPES = Models(__package__, ".types.workspaces_workers_worker_channels")
_MODEL = _TYPES("WorkerChannel")
_LIST_PATH = "/v1/Workspaces/{0}/Workers/{1}/Channels"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/{1}/Channels/{2}"
_LIST: Operation[WorkerChannel] = Operation(
    "worker_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)
_FETCH: Operation[WorkerChannel] = Operation(
    "worker_channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[WorkerChannel] = Operation(
    "worker_channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("capacity", "Capacity", FORM, "integer"), P("available", "Available", FORM, "boolean")
)


class WorkerChannelUpdateArgs(Args):
    capacity: int | NotGiven = NOT_GIVEN
    available: bool | NotGiven = NOT_GIVEN


class WorkerChannelContext(InstanceContext):
    """One WorkerChannel: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this WorkerChannel: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``."""
    update = _UPDATE.call_method(WorkerChannelUpdateArgs)
    """Update this WorkerChannel: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``."""


class WorkerChannelList(KeyedList[WorkerChannelContext]):
    """WorkerChannel collection: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(ListArgs)
    """List WorkerChannel resources: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream WorkerChannel resources: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of WorkerChannel resources: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``; ``next_page()`` moves on."""
