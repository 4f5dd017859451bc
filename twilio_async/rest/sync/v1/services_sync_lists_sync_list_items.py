# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListItem resources (``services.sync_lists.sync_list_items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import SyncListItemQueryFromBoundType, SyncListItemQueryResultOrder
    from .types.services_sync_lists_sync_list_items import SyncListItem

_TYPES = Models(__package__, ".types.services_sync_lists_sync_list_items")
_MODEL = _TYPES("SyncListItem")
_LIST_PATH = "/v1/Services/{0}/Lists/{1}/Items"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}/Items/{2}"
_CREATE: Operation[SyncListItem] = Operation(
    "sync_list_items.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("data", "Data", FORM, "object", required=True),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncListItem] = Operation(
    "sync_list_items.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(
    P("order", "Order", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("bounds", "Bounds", QUERY, "string"),
)
_FETCH: Operation[SyncListItem] = Operation(
    "sync_list_items.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncListItem] = Operation(
    "sync_list_items.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "sync_list_items.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("if_match", "If-Match", HEADER, "string"))


class SyncListItemCreateArgs(Args):
    data: Any
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListItemFilters(Args):
    order: SyncListItemQueryResultOrder | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    bounds: SyncListItemQueryFromBoundType | str | NotGiven = NOT_GIVEN


class SyncListItemListArgs(SyncListItemFilters, ListArgs): ...


class SyncListItemPageArgs(SyncListItemFilters, PageArgs): ...


class SyncListItemUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListItemDeleteArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN


class SyncListItemContext(InstanceContext):
    """One SyncListItem: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SyncListItem: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``."""
    update = _UPDATE.call_method(SyncListItemUpdateArgs)
    """Update this SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``."""
    delete = _DELETE.delete_method(SyncListItemDeleteArgs)
    """Delete this SyncListItem: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``; returns True."""


class SyncListItemList(KeyedList[SyncListItemContext]):
    """SyncListItem collection: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Items``."""

    __slots__ = ()
    _key = ("Index", "index", None)
    create = _CREATE.call_method(SyncListItemCreateArgs)
    """Create a SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``."""
    list = _LIST.list_method(SyncListItemListArgs)
    """List SyncListItem resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SyncListItemListArgs)
    """Stream SyncListItem resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``; one page in memory at a time."""
    page = _LIST.page_method(SyncListItemPageArgs)
    """One page of SyncListItem resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``; ``next_page()`` moves on."""
