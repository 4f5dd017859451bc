# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Policy resources (``policies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.policies import Policy

_TYPES = Models(__package__, ".types.policies")
_MODEL = _TYPES("Policy")
_LIST_PATH = "/v1/Policies"
_LIST: Operation[Policy] = Operation(
    "policies.list", "GET", _LIST_PATH, body="none", list_key="policies", model=_MODEL
).with_params(
    P("tool_id", "ToolId", QUERY, "string"), P("knowledge_id", "KnowledgeId", QUERY, "string")
)


class PolicyFilters(Args):
    tool_id: str | NotGiven = NOT_GIVEN
    knowledge_id: str | NotGiven = NOT_GIVEN


class PolicyListArgs(PolicyFilters, ListArgs): ...


class PolicyPageArgs(PolicyFilters, PageArgs): ...


class PolicyList(ListResource):
    """Policy collection: ``/v1/Policies``."""

    __slots__ = ()
    list = _LIST.list_method(PolicyListArgs)
    """List Policy resources: ``GET /v1/Policies``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(PolicyListArgs)
    """Stream Policy resources: ``GET /v1/Policies``; one page in memory at a time."""
    page = _LIST.page_method(PolicyPageArgs)
    """One page of Policy resources: ``GET /v1/Policies``; ``next_page()`` moves on."""
