# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SchemaVersion resources (``schemas.versions``)."""

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
    from .types.schemas_versions import SchemaVersion

_TYPES = Models(__package__, ".types.schemas_versions")
_MODEL = _TYPES("SchemaVersion")
_LIST_PATH = "/v1/Schemas/{0}/Versions"
_INSTANCE_PATH = "/v1/Schemas/{0}/Versions/{1}"
_LIST: Operation[SchemaVersion] = Operation(
    "versions.list", "GET", _LIST_PATH, body="none", list_key="schema_versions", model=_MODEL
)
_FETCH: Operation[SchemaVersion] = Operation(
    "versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SchemaVersionContext(InstanceContext):
    """One SchemaVersion: ``/v1/Schemas/{Id}/Versions/{SchemaVersion}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SchemaVersion: ``GET /v1/Schemas/{Id}/Versions/{SchemaVersion}``."""


class SchemaVersionList(KeyedList[SchemaVersionContext]):
    """SchemaVersion collection: ``/v1/Schemas/{Id}/Versions``."""

    __slots__ = ()
    _key = ("SchemaVersion", "schema_version", None)
    list = _LIST.list_method(ListArgs)
    """List SchemaVersion resources: ``GET /v1/Schemas/{Id}/Versions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SchemaVersion resources: ``GET /v1/Schemas/{Id}/Versions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SchemaVersion resources: ``GET /v1/Schemas/{Id}/Versions``; ``next_page()`` moves on."""
