# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowRevision resources (``flows.revisions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.flows_revisions import FlowRevision

_TYPES = Models(__package__, ".types.flows_revisions")
_MODEL = _TYPES("FlowRevision")
_LIST_PATH = "/v2/Flows/{0}/Revisions"
_INSTANCE_PATH = "/v2/Flows/{0}/Revisions/{1}"
_LIST: Operation[FlowRevision] = Operation(
    "revisions.list", "GET", _LIST_PATH, body="none", list_key="revisions", model=_MODEL
)
_FETCH: Operation[FlowRevision] = Operation(
    "revisions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class FlowRevisionContext(InstanceContext):
    """One FlowRevision: ``/v2/Flows/{Sid}/Revisions/{Revision}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this FlowRevision: ``GET /v2/Flows/{Sid}/Revisions/{Revision}``."""


class FlowRevisionList(KeyedList[FlowRevisionContext]):
    """FlowRevision collection: ``/v2/Flows/{Sid}/Revisions``."""

    __slots__ = ()
    _key = ("Revision", "revision", None)
    list = _LIST.list_method(ListArgs)
    """List FlowRevision resources: ``GET /v2/Flows/{Sid}/Revisions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream FlowRevision resources: ``GET /v2/Flows/{Sid}/Revisions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of FlowRevision resources: ``GET /v2/Flows/{Sid}/Revisions``; ``next_page()`` moves on."""
