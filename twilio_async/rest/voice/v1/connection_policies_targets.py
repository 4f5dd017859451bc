# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ConnectionPolicyTarget resources (``connection_policies.targets``)."""

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
    from .types.connection_policies_targets import ConnectionPolicyTarget

_TYPES = Models(__package__, ".types.connection_policies_targets")
_MODEL = _TYPES("ConnectionPolicyTarget")
_LIST_PATH = "/v1/ConnectionPolicies/{0}/Targets"
_INSTANCE_PATH = "/v1/ConnectionPolicies/{0}/Targets/{1}"
_CREATE: Operation[ConnectionPolicyTarget] = Operation(
    "targets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("target", "Target", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("priority", "Priority", FORM, "integer"),
    P("weight", "Weight", FORM, "integer"),
    P("enabled", "Enabled", FORM, "boolean"),
)
_LIST: Operation[ConnectionPolicyTarget] = Operation(
    "targets.list", "GET", _LIST_PATH, body="none", list_key="targets", model=_MODEL
)
_FETCH: Operation[ConnectionPolicyTarget] = Operation(
    "targets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConnectionPolicyTarget] = Operation(
    "targets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("target", "Target", FORM, "string"),
    P("priority", "Priority", FORM, "integer"),
    P("weight", "Weight", FORM, "integer"),
    P("enabled", "Enabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("targets.delete", "DELETE", _INSTANCE_PATH, body="none")


class ConnectionPolicyTargetCreateArgs(Args):
    target: str
    friendly_name: str | NotGiven = NOT_GIVEN
    priority: int | NotGiven = NOT_GIVEN
    weight: int | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN


class ConnectionPolicyTargetUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    target: str | NotGiven = NOT_GIVEN
    priority: int | NotGiven = NOT_GIVEN
    weight: int | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN


class ConnectionPolicyTargetContext(InstanceContext):
    """One ConnectionPolicyTarget: ``/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ConnectionPolicyTarget: ``GET /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}``."""
    update = _UPDATE.call_method(ConnectionPolicyTargetUpdateArgs)
    """Update this ConnectionPolicyTarget: ``POST /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ConnectionPolicyTarget: ``DELETE /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}``; returns True."""


class ConnectionPolicyTargetList(KeyedList[ConnectionPolicyTargetContext]):
    """ConnectionPolicyTarget collection: ``/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^NE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ConnectionPolicyTargetCreateArgs)
    """Create a ConnectionPolicyTarget: ``POST /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets``."""
    list = _LIST.list_method(ListArgs)
    """List ConnectionPolicyTarget resources: ``GET /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ConnectionPolicyTarget resources: ``GET /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ConnectionPolicyTarget resources: ``GET /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets``; ``next_page()`` moves on."""
