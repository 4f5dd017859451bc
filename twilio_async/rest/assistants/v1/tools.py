# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""ToolWithPolicies resources (``tools``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
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
    from .types.tools import ToolWithPolicies

_TYPES = Models(__package__, ".types.tools")
_MODEL = _TYPES("ToolWithPolicies")
_LIST_PATH = "/v1/Tools"
_INSTANCE_PATH = "/v1/Tools/{0}"
_CREATE: Operation[ToolWithPolicies] = Operation(
    "tools.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("assistant_id", "assistant_id", JSON, "string"),
    P("description", "description", JSON, "string"),
    P("enabled", "enabled", JSON, "boolean", required=True),
    P("meta", "meta", JSON, "object"),
    P("name", "name", JSON, "string", required=True),
    P("policy", "policy", JSON, "object"),
    P("type", "type", JSON, "string", required=True),
)
_LIST: Operation[ToolWithPolicies] = Operation(
    "tools.list", "GET", _LIST_PATH, body="none", list_key="tools", model=_MODEL
).with_params(P("assistant_id", "AssistantId", QUERY, "string"))
_FETCH: Operation[ToolWithPolicies] = Operation(
    "tools.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ToolWithPolicies] = Operation(
    "tools.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("assistant_id", "assistant_id", JSON, "string"),
    P("description", "description", JSON, "string"),
    P("enabled", "enabled", JSON, "boolean"),
    P("meta", "meta", JSON, "object"),
    P("name", "name", JSON, "string"),
    P("policy", "policy", JSON, "object"),
    P("type", "type", JSON, "string"),
)
_DELETE: Operation[None] = Operation("tools.delete", "DELETE", _INSTANCE_PATH, body="none")


class ToolWithPoliciesCreateArgs(Args):
    assistant_id: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    enabled: bool
    meta: Any | NotGiven = NOT_GIVEN
    name: str
    policy: Any | NotGiven = NOT_GIVEN
    type: str


class ToolWithPoliciesFilters(Args):
    assistant_id: str | NotGiven = NOT_GIVEN


class ToolWithPoliciesListArgs(ToolWithPoliciesFilters, ListArgs): ...


class ToolWithPoliciesPageArgs(ToolWithPoliciesFilters, PageArgs): ...


class ToolWithPoliciesUpdateArgs(Args):
    assistant_id: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN
    meta: Any | NotGiven = NOT_GIVEN
    name: str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN
    type: str | NotGiven = NOT_GIVEN


class ToolWithPoliciesContext(InstanceContext):
    """One ToolWithPolicies: ``/v1/Tools/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ToolWithPolicies: ``GET /v1/Tools/{id}``."""
    update = _UPDATE.call_method(ToolWithPoliciesUpdateArgs)
    """Update this ToolWithPolicies: ``PUT /v1/Tools/{id}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ToolWithPolicies: ``DELETE /v1/Tools/{id}``; returns True."""


class ToolWithPoliciesList(KeyedList[ToolWithPoliciesContext]):
    """ToolWithPolicies collection: ``/v1/Tools``."""

    __slots__ = ()
    _key = ("id", "id", None)
    create = _CREATE.call_method(ToolWithPoliciesCreateArgs)
    """Create a ToolWithPolicies: ``POST /v1/Tools``."""
    list = _LIST.list_method(ToolWithPoliciesListArgs)
    """List ToolWithPolicies resources: ``GET /v1/Tools``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ToolWithPoliciesListArgs)
    """Stream ToolWithPolicies resources: ``GET /v1/Tools``; one page in memory at a time."""
    page = _LIST.page_method(ToolWithPoliciesPageArgs)
    """One page of ToolWithPolicies resources: ``GET /v1/Tools``; ``next_page()`` moves on."""
