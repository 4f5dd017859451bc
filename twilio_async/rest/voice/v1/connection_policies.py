# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ConnectionPolicy resources (``connection_policies``)."""

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
    from .connection_policies_targets import ConnectionPolicyTargetList
    from .types.connection_policies import ConnectionPolicy

_TYPES = Models(__package__, ".types.connection_policies")
_MODEL = _TYPES("ConnectionPolicy")
_LIST_PATH = "/v1/ConnectionPolicies"
_INSTANCE_PATH = "/v1/ConnectionPolicies/{0}"
_CREATE: Operation[ConnectionPolicy] = Operation(
    "connection_policies.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[ConnectionPolicy] = Operation(
    "connection_policies.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="connection_policies",
    model=_MODEL,
)
_FETCH: Operation[ConnectionPolicy] = Operation(
    "connection_policies.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConnectionPolicy] = Operation(
    "connection_policies.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation(
    "connection_policies.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ConnectionPolicyCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class ConnectionPolicyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class ConnectionPolicyContext(InstanceContext):
    """One ConnectionPolicy: ``/v1/ConnectionPolicies/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ConnectionPolicy: ``GET /v1/ConnectionPolicies/{Sid}``."""
    update = _UPDATE.call_method(ConnectionPolicyUpdateArgs)
    """Update this ConnectionPolicy: ``POST /v1/ConnectionPolicies/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ConnectionPolicy: ``DELETE /v1/ConnectionPolicies/{Sid}``; returns True."""
    targets: Child[ConnectionPolicyTargetList] = Child(
        ".connection_policies_targets", "ConnectionPolicyTargetList"
    )


class ConnectionPolicyList(KeyedList[ConnectionPolicyContext]):
    """ConnectionPolicy collection: ``/v1/ConnectionPolicies``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NY[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ConnectionPolicyCreateArgs)
    """Create a ConnectionPolicy: ``POST /v1/ConnectionPolicies``."""
    list = _LIST.list_method(ListArgs)
    """List ConnectionPolicy resources: ``GET /v1/ConnectionPolicies``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ConnectionPolicy resources: ``GET /v1/ConnectionPolicies``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ConnectionPolicy resources: ``GET /v1/ConnectionPolicies``; ``next_page()`` moves on."""
