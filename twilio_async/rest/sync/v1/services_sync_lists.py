# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncList resources (``services.sync_lists``)."""

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
    from .services_sync_lists_sync_list_items import SyncListItemList
    from .services_sync_lists_sync_list_permissions import SyncListPermissionList
    from .types.services_sync_lists import SyncList

_TYPES = Models(__package__, ".types.services_sync_lists")
_MODEL = _TYPES("SyncList")
_LIST_PATH = "/v1/Services/{0}/Lists"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}"
_CREATE: Operation[SyncList] = Operation(
    "sync_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("ttl", "Ttl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncList] = Operation(
    "sync_lists.list", "GET", _LIST_PATH, body="none", list_key="lists", model=_MODEL
)
_FETCH: Operation[SyncList] = Operation(
    "sync_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncList] = Operation(
    "sync_lists.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("ttl", "Ttl", FORM, "integer"), P("collection_ttl", "CollectionTtl", FORM, "integer")
)
_DELETE: Operation[None] = Operation("sync_lists.delete", "DELETE", _INSTANCE_PATH, body="none")


class SyncListCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListUpdateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListContext(InstanceContext):
    """One SyncList: ``/v1/Services/{ServiceSid}/Lists/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SyncList: ``GET /v1/Services/{ServiceSid}/Lists/{Sid}``."""
    update = _UPDATE.call_method(SyncListUpdateArgs)
    """Update this SyncList: ``POST /v1/Services/{ServiceSid}/Lists/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SyncList: ``DELETE /v1/Services/{ServiceSid}/Lists/{Sid}``; returns True."""
    sync_list_items: Child[SyncListItemList] = Child(
        ".services_sync_lists_sync_list_items", "SyncListItemList"
    )
    sync_list_permissions: Child[SyncListPermissionList] = Child(
        ".services_sync_lists_sync_list_permissions", "SyncListPermissionList"
    )


class SyncListList(KeyedList[SyncListContext]):
    """SyncList collection: ``/v1/Services/{ServiceSid}/Lists``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(SyncListCreateArgs)
    """Create a SyncList: ``POST /v1/Services/{ServiceSid}/Lists``."""
    list = _LIST.list_method(ListArgs)
    """List SyncList resources: ``GET /v1/Services/{ServiceSid}/Lists``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SyncList resources: ``GET /v1/Services/{ServiceSid}/Lists``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SyncList resources: ``GET /v1/Services/{ServiceSid}/Lists``; ``next_page()`` moves on."""
